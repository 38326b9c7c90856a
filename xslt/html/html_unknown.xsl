<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements without a behaviour (mirrors fo/fo_unknown.xsl): rendered visibly, never dropped, and reported
  through editio:report-unhandled, which Java turns into a located warning (docs/xslt-contract.md).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- Any element no behaviour template matched ('unknown'): a marked span with its content, and a report. -->
  <xsl:template match="*" mode="editio:text" priority="-1" as="element(span)">
    <xsl:sequence select="editio:report-unhandled(.)"/>
    <span class="tei-unknown tei-{local-name()}" data-tei="{local-name()}" title="{editio:unhandled-text(.)}">
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
