<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet for the PDF: one TEI document (or the register) to one XSL-FO document, streamed into
  FOP by the Java pipeline (docs/xslt-contract.md). A manifest only: the shared libraries first, then the
  FO modules, which mirror xslt/html/ module by module.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/whitespace.xsl"/>
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/urls.xsl"/>
  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/annotations.xsl"/>
  <xsl:include href="common/apparatus.xsl"/>
  <xsl:include href="common/entities.xsl"/>

  <xsl:include href="fo/fo_page.xsl"/>
  <xsl:include href="fo/fo_metadata.xsl"/>
  <xsl:include href="fo/fo_text.xsl"/>
  <xsl:include href="fo/fo_notes.xsl"/>
  <xsl:include href="fo/fo_register.xsl"/>
  <xsl:include href="fo/fo_entities.xsl"/>
  <xsl:include href="fo/fo_unknown.xsl"/>
  <xsl:include href="fo/fo_volume.xsl"/>

</xsl:stylesheet>
