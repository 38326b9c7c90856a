<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entity lists of a document (behaviours entity-list, entity; mirrors html/html_entities.xsl). The lists
  a document carries in back or standOff get no row in the text table (efo:no-row): their entries are
  gathered into the section "Named in this document" after the Notes, with subsections Persons, Places,
  Organisations, Works, Events (editio:entity-kinds). One line per entry, from editio:entity-summary
  (common/entities.xsl): the name, dates in parentheses, where it is and further facts; no URLs, no
  coordinates, no variant names. Its note/desc follow as text; children no rule knows are rendered by
  the unknown-element rule (visible and reported).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- One entry line of the section. -->
  <xsl:mode name="efo:entity" on-no-match="fail"/>

  <!-- The section "Named in this document": the target of its bookmark. -->
  <xsl:function name="efo:entities-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'entities')"/>
  </xsl:function>

  <!-- The section (context: the document node); nothing when the document has no entity lists. -->
  <xsl:template name="efo:entities-section" as="element(fo:block)?">
    <xsl:variable name="entities" as="element()*" select="editio:document-entities(.)"/>
    <xsl:if test="exists($entities)">
      <fo:block id="{efo:entities-id(.)}" space-before="8mm" end-indent="{$efo:beside-text}">
        <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="10pt" space-after="4pt"
          keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
          border-after-color="#888888" padding-after="1pt">Named in this document</fo:block>
        <xsl:for-each select="$editio:entity-kinds">
          <xsl:variable name="kind" as="xs:string" select="?kind"/>
          <xsl:variable name="group" as="element()*" select="$entities[editio:entity-kind(.) = $kind]"/>
          <xsl:if test="exists($group)">
            <fo:block font-family="{$efo:sans}" font-size="9pt" font-weight="bold" color="#555555"
              space-before="4pt" space-after="2pt" keep-with-next.within-page="always">
              <xsl:value-of select="?heading"/>
            </fo:block>
            <xsl:apply-templates select="$group" mode="efo:entity"/>
          </xsl:if>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- One entry: name (dates), where; details; then its notes and unknown children. Hanging indent. Kept on
       one page when short (efo:short, as the text's rows): an entry of several pages (a person of the
       Schnitzler letters with hundreds of dated events) breaks like a paragraph, instead of overflowing its page,
       which made the PDF fail. -->
  <xsl:template match="*" mode="efo:entity" as="element(fo:block)">
    <xsl:variable name="s" as="map(xs:string, item()*)" select="editio:entity-summary(.)"/>
    <fo:block font-size="9.5pt" space-after="2pt" start-indent="4mm" text-indent="-4mm">
      <xsl:if test="efo:short(.)">
        <xsl:attribute name="keep-together.within-page" select="'always'"/>
      </xsl:if>
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:inline font-weight="bold"><xsl:value-of select="$s?name"/></fo:inline>
      <xsl:value-of select="$s?dates ! (' (' || . || ')')"/>
      <xsl:value-of select="$s?where ! (', ' || .)"/>
      <xsl:if test="exists($s?details)">
        <xsl:value-of select="'; ' || string-join($s?details, '; ')"/>
      </xsl:if>
      <xsl:for-each select="editio:entity-notes(.)">
        <xsl:text>. </xsl:text>
        <xsl:apply-templates mode="efo:inline"/>
      </xsl:for-each>
      <xsl:for-each select="editio:entity-unknown-children(.)">
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="." mode="efo:inline"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
