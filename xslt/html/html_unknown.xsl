<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements without a behaviour (mirrors fo/fo_unknown.xsl): rendered visibly, never dropped, and reported
  through editio:report-unhandled, which Java turns into a located warning (docs/xslt-contract.md).
  An unknown element that TEI sets apart from its neighbours (editio:stands-apart) keeps its words apart
  in the page's text itself, not only by CSS: search indexes, screen readers and copied text read the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- True when $e is rendered where HTML flow content may stand (so a block of it may be a div): its parent
       renders as a box of flow content (a division, the text, an opener or closer), or is itself an unknown
       block rendered as a div. Inside a paragraph, a heading or running text, a block must stay a span. -->
  <xsl:function name="ep:in-flow" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="parent" as="element()?" select="$e/parent::*"/>
    <xsl:sequence select="exists($parent) and (editio:behaviour($parent) = ('document', 'container', 'section', 'opener', 'closer')
                          or (editio:behaviour($parent) = 'unknown' and editio:is-block-element($parent) and ep:in-flow($parent)))"/>
  </xsl:function>

  <!-- Any element no behaviour template matched ('unknown'): a marked span with its content, and a report.
       A TEI block element (byline, trailer, fw …, or one holding paragraphs: editio:is-block-element) is a block: a div where flow content may
       stand, else a span displayed as a block (class unknown-block); it and the milestones that part words
       (cb) are set off by white space in the text. -->
  <xsl:template match="*" mode="editio:text" priority="-1" as="element()">
    <xsl:variable name="block" as="xs:boolean" select="editio:is-block-element(.)"/>
    <xsl:variable name="apart" as="xs:boolean" select="editio:stands-apart(.)"/>
    <xsl:sequence select="editio:report-unhandled(.)"/>
    <xsl:element name="{if ($block and ep:in-flow(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="string-join(('tei-unknown', 'tei-' || local-name(), 'unknown-block'[$block]), ' ')"/>
      <xsl:attribute name="data-tei" select="local-name()"/>
      <xsl:attribute name="title" select="editio:unhandled-text(.)"/>
      <xsl:if test="$apart"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates mode="#current"/>
      <xsl:if test="$apart"><xsl:text> </xsl:text></xsl:if>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
