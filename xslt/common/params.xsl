<?xml version="1.0" encoding="UTF-8"?>
<!--
  The global parameters every entry stylesheet (html.xsl, index.xsl, fo.xsl) receives from Java,
  exactly as docs/xslt-contract.md defines them. Included first by each entry; declared once here so
  that the common modules can rely on them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The typed configuration map (edition-title, edition-version, id, pdf-href, tei-href, register-href, index-href, assets-href, is-register). -->
  <xsl:param name="editio:config" as="map(xs:string, item()*)" required="yes"/>

  <!-- The register document (tei/register.xml), used to resolve register.xml#ID pointers to names. -->
  <xsl:param name="editio:register" as="document-node()?" select="()"/>

  <!-- index.xsl only: every published document, the register excluded. -->
  <xsl:param name="editio:documents" as="document-node()*" select="()"/>

  <!-- index.xsl only (the guidelines page): how the documents and the register use each TEI element, counted
       by Java (common/schema.xsl, eg:used; docs/xslt-contract.md). -->
  <xsl:param name="editio:uses" as="document-node()?" select="()"/>

  <!-- index.xsl only (the guidelines page): the edition's RelaxNG schema (XML syntax) and Schematron
       rules, the project's schemas/editio.rng and editio.sch or the bundled copies. -->
  <xsl:param name="editio:schema" as="document-node()?" select="()"/>
  <xsl:param name="editio:rules" as="document-node()?" select="()"/>

  <!-- A configuration value as a string; the empty string when the key is absent or empty. -->
  <xsl:function name="editio:config" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="v" as="item()*" select="$editio:config($key)"/>
    <xsl:sequence select="if (count($v) eq 1) then string($v) else string-join($v ! string(.), '')"/>
  </xsl:function>

  <!-- True when the input being transformed is the register itself (config is-register = 'true'). -->
  <xsl:function name="editio:is-register-config" as="xs:boolean">
    <xsl:sequence select="editio:config('is-register') = 'true'"/>
  </xsl:function>

</xsl:stylesheet>
