<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_page.xsl (mirrors html/html_page.xsl): the XSL-FO document around one TEI document. It also holds
  what html/html_layout.xsl does for the site (serialisation, page frame), which has no fo/ file of its own.
  A4 pages; the body is 172 mm wide: a 120 mm text column, an 8 mm gap and a 44 mm margin column for the
  handwritten annotations (see fo_text.xsl for the two-column table). The first page carries no running
  head (the metadata block has the title); the others carry edition title / document title. Every page
  is numbered "n / N", N being the page of the last block (efo:last-block-id).
  Deterministic: nothing here depends on the clock or on generate-id().
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- The FO result is XML. Java streams it into FOP unserialised; when serialised (golden files) it is
       indented between blocks only, never inside text-bearing objects, so no whitespace is added to the text. -->
  <xsl:output method="xml" encoding="UTF-8" indent="yes"
    suppress-indentation="fo:block fo:inline fo:basic-link fo:bookmark-title fo:list-item-label"/>

  <!-- The unnamed mode only builds the page frame from the document node; everything else is done in
       the named efo: modes. Anything else reaching it is a programming error. -->
  <xsl:mode on-no-match="fail"/>

  <!-- Page geometry, shared by fo_text.xsl (the table columns must add up to $efo:body-width). -->
  <!-- The width of the body region: A4 (210 mm) less the 24 mm and 14 mm side margins. -->
  <xsl:variable name="efo:body-width" as="xs:string" select="'172mm'"/>
  <!-- The text column of the text table. -->
  <xsl:variable name="efo:text-column" as="xs:string" select="'120mm'"/>
  <!-- The empty gap column between text and margin notes. -->
  <xsl:variable name="efo:gap-column" as="xs:string" select="'8mm'"/>
  <!-- The margin column holding the handwritten notes. -->
  <xsl:variable name="efo:margin-column" as="xs:string" select="'44mm'"/>

  <!-- Fixed FO ids (TEI ids are written 'tei-' + @xml:id, so they cannot collide with these). -->
  <!-- The last block of the flow: its page number is the page count N in "n / N". -->
  <xsl:variable name="efo:last-block-id" as="xs:string" select="'efo-last'"/>
  <!-- The first block of the flow: the target of the document's bookmark. -->
  <xsl:variable name="efo:top-id" as="xs:string" select="'efo-top'"/>
  <!-- The metadata block: the target of the "Document information" bookmark. -->
  <xsl:variable name="efo:metadata-id" as="xs:string" select="'efo-metadata'"/>
  <!-- The text table: the target of the "Text" bookmark. -->
  <xsl:variable name="efo:text-id" as="xs:string" select="'efo-text'"/>
  <!-- The Notes section: the target of the "Notes" bookmark. -->
  <xsl:variable name="efo:notes-id" as="xs:string" select="'efo-notes'"/>

  <!-- The FO id of a TEI element: 'tei-' + @xml:id; () when it has none. -->
  <xsl:function name="efo:id" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@xml:id ! ('tei-' || string(.))"/>
  </xsl:function>

  <!-- The attributes of the FO object rendering a TEI element: its id ('tei-' + @xml:id, when it has one)
       and its source path. -->
  <xsl:function name="efo:id-attr" as="attribute()+">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="$e/@xml:id">
      <xsl:attribute name="id" select="efo:id($e)"/>
    </xsl:if>
    <!-- Where in the TEI this FO element comes from: Java strips it and tells FOP the source line, so
         that FOP's problems (overflow, …) point into the TEI document. -->
    <xsl:attribute name="editio:src" select="path($e)"/>
  </xsl:function>

  <!-- The document: page masters, bookmarks, one page sequence (metadata block, text, notes). -->
  <xsl:template match="/" as="element(fo:root)">
    <fo:root font-family="Liberation Serif" font-size="10.5pt" line-height="1.35"
      language="{editio:language(/)}">
      <fo:layout-master-set>
        <xsl:call-template name="efo:page-master">
          <xsl:with-param name="name" select="'efo-first'"/>
          <xsl:with-param name="head-region" select="'efo-head-first'"/>
        </xsl:call-template>
        <xsl:call-template name="efo:page-master">
          <xsl:with-param name="name" select="'efo-rest'"/>
          <xsl:with-param name="head-region" select="'efo-head'"/>
        </xsl:call-template>
        <fo:page-sequence-master master-name="efo-pages">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="efo-first" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="efo-rest" page-position="rest"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>
      <xsl:call-template name="efo:bookmarks"/>
      <fo:page-sequence master-reference="efo-pages" initial-page-number="1">
        <fo:static-content flow-name="efo-head-first">
          <fo:block/>
        </fo:static-content>
        <fo:static-content flow-name="efo-head">
          <fo:block font-family="Liberation Sans" font-size="8pt" color="#444444" text-align-last="justify"
            border-after-style="solid" border-after-width="0.4pt" border-after-color="#888888" padding-after="2pt">
            <xsl:value-of select="editio:config('edition-title')"/>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="editio:title(/)"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-family="Liberation Sans" font-size="8pt" color="#444444" text-align="center">
            <fo:page-number/> / <fo:page-number-citation ref-id="{$efo:last-block-id}"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block id="{$efo:top-id}">
            <xsl:choose>
              <xsl:when test="editio:is-register-config()">
                <xsl:apply-templates select="tei:TEI" mode="efo:register"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="efo:metadata-block"/>
                <xsl:call-template name="efo:text-table">
                  <xsl:with-param name="text" select="tei:TEI/tei:text"/>
                </xsl:call-template>
                <xsl:call-template name="efo:notes-section"/>
              </xsl:otherwise>
            </xsl:choose>
          </fo:block>
          <fo:block id="{$efo:last-block-id}"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- One A4 page master; $head-region names the region-before so that the first page can have none. -->
  <xsl:template name="efo:page-master" as="element(fo:simple-page-master)">
    <xsl:param name="name" as="xs:string" required="yes"/>
    <xsl:param name="head-region" as="xs:string" required="yes"/>
    <fo:simple-page-master master-name="{$name}" page-width="210mm" page-height="297mm"
      margin-top="10mm" margin-bottom="10mm" margin-left="24mm" margin-right="14mm">
      <fo:region-body margin-top="14mm" margin-bottom="12mm"/>
      <fo:region-before region-name="{$head-region}" extent="10mm"/>
      <fo:region-after extent="8mm"/>
    </fo:simple-page-master>
  </xsl:template>

  <!-- The PDF outline: the document title, with its sections (metadata, the text's divisions, notes). -->
  <xsl:template name="efo:bookmarks" as="element(fo:bookmark-tree)">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="{$efo:top-id}">
        <fo:bookmark-title><xsl:value-of select="editio:title(/)"/></fo:bookmark-title>
        <xsl:choose>
          <xsl:when test="editio:is-register-config()">
            <xsl:apply-templates select="/tei:TEI/tei:text/tei:body/*" mode="efo:register-bookmark"/>
          </xsl:when>
          <xsl:otherwise>
            <fo:bookmark internal-destination="{$efo:metadata-id}">
              <fo:bookmark-title>Document information</fo:bookmark-title>
            </fo:bookmark>
            <fo:bookmark internal-destination="{$efo:text-id}">
              <fo:bookmark-title>Text</fo:bookmark-title>
              <xsl:for-each select="/tei:TEI/tei:text//tei:div[tei:head][@xml:id]">
                <fo:bookmark internal-destination="{efo:id(.)}">
                  <fo:bookmark-title><xsl:value-of select="normalize-space(tei:head[1])"/></fo:bookmark-title>
                </fo:bookmark>
              </xsl:for-each>
            </fo:bookmark>
            <xsl:if test="efo:has-notes(/)">
              <fo:bookmark internal-destination="{$efo:notes-id}">
                <fo:bookmark-title>Notes</fo:bookmark-title>
              </fo:bookmark>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </fo:bookmark>
    </fo:bookmark-tree>
  </xsl:template>

</xsl:stylesheet>
