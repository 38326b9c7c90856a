<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_unknown.xsl (mirrors html/html_unknown.xsl): elements without a rule (behaviour 'unknown') are
  rendered visibly, never dropped: their content with a dotted underline (an inline) or a dotted frame
  (at block level), in grey, and reported once with the contract's problem message
  (editio:report-unhandled, docs/xslt-contract.md).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- The colour that marks generic renderings. -->
  <xsl:variable name="efo:unknown-colour" as="xs:string" select="'#555555'"/>

  <!-- An unknown element in running text: its content, dotted underline, reported. A TEI block element
       (byline, trailer, fw …, or one holding paragraphs: editio:is-block-element) is a block of its own, and a milestone that parts
       words (cb: editio:stands-apart) is set off by spaces, so that no words run together.
       Priority -1: tried after the behaviour rules, which match by name (see editio:match). -->
  <xsl:template match="*[editio:behaviour(.) = 'unknown']" priority="-1" mode="efo:inline" as="item()*">
    <xsl:variable name="apart" as="xs:boolean" select="editio:stands-apart(.)"/>
    <xsl:sequence select="editio:report-unhandled(.)"/>
    <xsl:variable name="inline" as="element(fo:inline)">
      <fo:inline border-after-style="dotted" border-after-width="0.8pt" border-after-color="{$efo:unknown-colour}">
        <xsl:apply-templates mode="efo:inline"/>
      </fo:inline>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="editio:is-block-element(.)">
        <fo:block>
          <xsl:sequence select="$inline"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$apart"><xsl:text> </xsl:text></xsl:if>
        <xsl:sequence select="$inline"/>
        <xsl:if test="$apart"><xsl:text> </xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An unknown element standing as a block (a row of the text, or inside one): a dotted frame
       labelled with the element's name, its content inside; reported. -->
  <xsl:template match="*[editio:behaviour(.) = 'unknown']" priority="-1" mode="efo:block" as="element(fo:block)">
    <xsl:sequence select="editio:report-unhandled(.)"/>
    <fo:block border-style="dotted" border-width="0.8pt" border-color="{$efo:unknown-colour}"
      padding="2pt" space-after="5pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:block font-family="{$efo:sans}" font-size="6.5pt" color="{$efo:unknown-colour}">
        <xsl:value-of select="'unhandled element: ' || name(.)"/>
      </fo:block>
      <xsl:call-template name="efo:mixed-blocks"/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
