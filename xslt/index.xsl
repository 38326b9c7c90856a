<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet for the site's index page, called with the initial template Q{urn:editio}index and
  the published documents in $editio:documents (docs/xslt-contract.md). A manifest only.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/urls.xsl"/>
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/annotations.xsl"/>

  <xsl:include href="html/html_layout.xsl"/>
  <xsl:include href="html/html_index.xsl"/>

</xsl:stylesheet>
