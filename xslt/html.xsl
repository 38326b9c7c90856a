<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: one TEI document (or the register) → one HTML5 page. A manifest only: the shared,
  output-independent library first (xslt/common/), then the HTML modules (xslt/html/), which mirror
  xslt/fo/ behaviour for behaviour. Parameters and calling conventions: docs/xslt-contract.md.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/whitespace.xsl"/>
  <xsl:include href="common/urls.xsl"/>
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/annotations.xsl"/>
  <xsl:include href="common/apparatus.xsl"/>
  <xsl:include href="common/entities.xsl"/>

  <xsl:include href="html/html_layout.xsl"/>
  <xsl:include href="html/html_page.xsl"/>
  <xsl:include href="html/html_metadata.xsl"/>
  <xsl:include href="html/html_text.xsl"/>
  <xsl:include href="html/html_notes.xsl"/>
  <xsl:include href="html/html_apparatus.xsl"/>
  <xsl:include href="html/html_views.xsl"/>
  <xsl:include href="html/html_cite.xsl"/>
  <xsl:include href="html/html_annotations.xsl"/>
  <xsl:include href="html/html_register.xsl"/>
  <xsl:include href="html/html_entities.xsl"/>
  <xsl:include href="html/html_unknown.xsl"/>

</xsl:stylesheet>
