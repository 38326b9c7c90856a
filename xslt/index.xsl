<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet for the site pages, called with an initial template (docs/xslt-contract.md):
  Q{urn:editio}index (home), Q{urn:editio}search, Q{urn:editio}guidelines (the encoding guidelines, from
  the schemas), Q{urn:editio}not-found (404) and Q{urn:editio}volume
  (contents of a file holding several documents; global context item = that file). A manifest only:
  the shared library first, then the layout, then the site-page modules.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/urls.xsl"/>
  <xsl:include href="common/behaviours.xsl"/>
  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/annotations.xsl"/>
  <xsl:include href="common/schema.xsl"/>

  <xsl:include href="html/html_layout.xsl"/>
  <xsl:include href="html/html_site.xsl"/>
  <xsl:include href="html/html_index.xsl"/>
  <xsl:include href="html/html_search.xsl"/>
  <xsl:include href="html/html_guidelines.xsl"/>
  <xsl:include href="html/html_volume.xsl"/>
  <xsl:include href="html/html_notfound.xsl"/>

</xsl:stylesheet>
