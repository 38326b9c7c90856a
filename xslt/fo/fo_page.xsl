<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_page.xsl (mirrors html/html_page.xsl): the XSL-FO document around one TEI document. It also holds
  what html/html_layout.xsl does for the site (serialisation, page frame), which has no fo/ file of its own.
  A4 pages (US Letter when config page-size = 'Letter'), single-sided; the body is 172 mm wide on A4: a
  120 mm text column, an 8 mm gap and a 44 mm margin column for the handwritten annotations (see
  fo_text.xsl for the two-column table). The first page carries no running head (the metadata block has
  the title) but holds the notes written at the top of the document in its top margin; the others carry
  edition title / document title. Every page is numbered "n / N", N being the page of the last block
  (efo:last-block-id). Footnotes (editorial notes and the apparatus, fo_notes.xsl) stand under the text
  column, below a short rule.
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

  <!-- Page geometry, shared by fo_text.xsl (the table columns must add up to $efo:body-width).
       Single-sided pages with the annotation column on the RIGHT of every page: the margin notes stand in
       the third column of the text table (fo_text.xsl), and a table column cannot change sides between
       odd and even pages (FOP lays out a table once, before it knows on which page a row falls), so a
       double-sided layout with an outer margin switching sides is not possible with this technique.
       The right margin column is the "outer" margin of a single-sided (screen and office-print) PDF. -->
  <!-- The faces: Liberation first; DejaVu only for the characters Liberation lacks (FOP picks a font for each
       character from the list), e.g. "⋅" (U+22C5). Both are embedded from the class path (fop.xconf). -->
  <xsl:variable name="efo:serif" as="xs:string" select="'Liberation Serif, DejaVu Serif'"/>
  <xsl:variable name="efo:sans" as="xs:string" select="'Liberation Sans, DejaVu Sans'"/>
  <!-- The page size: 'Letter' (US Letter, config key page-size = 'Letter', case-insensitive), else 'A4'. -->
  <xsl:variable name="efo:page-size" as="xs:string"
    select="if (lower-case(normalize-space(editio:config('page-size'))) = ('letter', 'us-letter', 'usletter'))
            then 'Letter' else 'A4'"/>
  <!-- Page width and height in mm: A4 210 × 297, US Letter 215.9 × 279.4. -->
  <xsl:variable name="efo:page-width-mm" as="xs:decimal" select="if ($efo:page-size = 'Letter') then 215.9 else 210"/>
  <xsl:variable name="efo:page-height-mm" as="xs:decimal" select="if ($efo:page-size = 'Letter') then 279.4 else 297"/>
  <!-- The side margins of the page in mm (left: binding side; right: kept narrow, the margin column is inside the body). -->
  <xsl:variable name="efo:left-margin-mm" as="xs:decimal" select="24"/>
  <xsl:variable name="efo:right-margin-mm" as="xs:decimal" select="14"/>
  <!-- The width of the body region: the page less the side margins (A4: 172 mm). -->
  <xsl:variable name="efo:body-width" as="xs:string"
    select="string($efo:page-width-mm - $efo:left-margin-mm - $efo:right-margin-mm) || 'mm'"/>
  <!-- The empty gap column between text and margin notes. -->
  <xsl:variable name="efo:gap-column" as="xs:string" select="'8mm'"/>
  <!-- The margin column holding the handwritten notes. -->
  <xsl:variable name="efo:margin-column" as="xs:string" select="'44mm'"/>
  <!-- The text column of the text table: the rest of the body (A4: 120 mm). -->
  <xsl:variable name="efo:text-column" as="xs:string"
    select="string($efo:page-width-mm - $efo:left-margin-mm - $efo:right-margin-mm - 52) || 'mm'"/>
  <!-- Gap + margin column: the end-indent that keeps footnotes and end matter under the text column. -->
  <xsl:variable name="efo:beside-text" as="xs:string" select="'52mm'"/>

  <!-- FO ids. Every id is prefixed by the id of the document it comes from (efo:doc-id), so that several
       documents can share one FO (the volume, fo_volume.xsl) without collisions: a TEI element's id is
       '{doc}.{@xml:id}' (e.g. 'wilson-112037.pt1'); a generated id is '{doc}.efo-{name}' (e.g.
       'wilson-112037.efo-last'). TEI ids beginning with 'efo-' are not expected. -->

  <!-- The id of the document holding $n: the TEI root's @xml:id, else 'doc'. -->
  <xsl:function name="efo:doc-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(root($n)/tei:TEI/@xml:id[normalize-space()]/string(), 'doc')[1]"/>
  </xsl:function>

  <!-- A generated FO id of the document holding $n: '{doc}.efo-{$name}'. -->
  <xsl:function name="efo:gen-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="efo:doc-id($n) || '.efo-' || $name"/>
  </xsl:function>

  <!-- The last block of a document's flow: its page number is the page count N in "n / N". -->
  <xsl:function name="efo:last-block-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'last')"/>
  </xsl:function>
  <!-- The first block of a document's flow: the target of the document's bookmark. -->
  <xsl:function name="efo:top-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'top')"/>
  </xsl:function>
  <!-- The metadata block: the target of the "Document information" bookmark. -->
  <xsl:function name="efo:metadata-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'metadata')"/>
  </xsl:function>
  <!-- The text table: the target of the "Text" bookmark. -->
  <xsl:function name="efo:text-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'text')"/>
  </xsl:function>
  <!-- The Notes section: the target of the "Notes" bookmark. -->
  <xsl:function name="efo:notes-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'notes')"/>
  </xsl:function>

  <!-- The editorial-principles block at the end of a document: the target of its bookmark. -->
  <xsl:function name="efo:principles-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:gen-id($n, 'principles')"/>
  </xsl:function>

  <!-- The FO id of a TEI element: '{doc}.' + @xml:id; () when it has none. -->
  <xsl:function name="efo:id" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@xml:id ! (efo:doc-id($e) || '.' || string(.))"/>
  </xsl:function>

  <!-- The attributes of the FO object rendering a TEI element: its id ('{doc}.' + @xml:id, when it has one)
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

  <!-- The document: page masters, bookmarks, one page sequence (metadata block, text, notes, principles). -->
  <xsl:template match="/" as="element(fo:root)">
    <xsl:variable name="head-notes" as="element(tei:note)*" select="efo:head-top-notes(/)"/>
    <fo:root font-family="{$efo:serif}" font-size="10.5pt" line-height="1.35"
      language="{editio:language(/)}">
      <fo:layout-master-set>
        <xsl:call-template name="efo:page-master">
          <xsl:with-param name="name" select="'efo-first'"/>
          <xsl:with-param name="head-region" select="'efo-head-first'"/>
          <xsl:with-param name="head-extent" select="efo:head-extent-mm($head-notes)"/>
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
        <xsl:call-template name="efo:static-content">
          <xsl:with-param name="head-notes" select="$head-notes"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block id="{efo:top-id(/)}">
            <xsl:choose>
              <xsl:when test="editio:is-register-config()">
                <xsl:apply-templates select="tei:TEI" mode="efo:register"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="efo:document-body"/>
              </xsl:otherwise>
            </xsl:choose>
          </fo:block>
          <fo:block id="{efo:last-block-id(/)}"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- The content of one document's flow (context: its document node): metadata block, text table,
       Notes section (editor's remarks, unplaced annotations), the entities it names (fo_entities.xsl) and
       the editorial principles. The volume
       (fo_volume.xsl) calls it for each document inside its own page sequence. -->
  <xsl:template name="efo:document-body" as="element()*">
    <xsl:call-template name="efo:metadata-block"/>
    <xsl:call-template name="efo:text-table">
      <xsl:with-param name="text" select="tei:TEI/tei:text"/>
    </xsl:call-template>
    <xsl:call-template name="efo:notes-section"/>
    <xsl:call-template name="efo:entities-section"/>
    <xsl:call-template name="efo:principles">
      <xsl:with-param name="doc" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The static content of one document's page sequence (context: its document node): the first page's
       head (the notes written at the top of the document, when they fit there), the running head
       (edition title / document title) of the other pages, the page number "n / N", and the footnote
       separator. -->
  <xsl:template name="efo:static-content" as="element(fo:static-content)+">
    <xsl:param name="head-notes" as="element(tei:note)*" required="yes"/>
    <fo:static-content flow-name="efo-head-first">
      <xsl:choose>
        <xsl:when test="exists($head-notes)">
          <!-- The top margin of the first page, under the running-head space: the note(s) written at the
               top of the document, set over the text column like the hand wrote them there. -->
          <fo:block end-indent="{$efo:beside-text}">
            <xsl:apply-templates select="$head-notes" mode="efo:margin-note">
              <xsl:with-param name="efo:no-footnotes" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </fo:block>
        </xsl:when>
        <xsl:otherwise>
          <fo:block/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:static-content>
    <fo:static-content flow-name="efo-head">
      <fo:block font-family="{$efo:sans}" font-size="8pt" color="#444444" text-align-last="justify"
        border-after-style="solid" border-after-width="0.4pt" border-after-color="#888888" padding-after="2pt">
        <xsl:value-of select="editio:config('edition-title')"/>
        <fo:leader leader-pattern="space"/>
        <xsl:value-of select="editio:title(.)"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-family="{$efo:sans}" font-size="8pt" color="#444444" text-align="center">
        <fo:page-number/> / <fo:page-number-citation ref-id="{efo:last-block-id(.)}"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block end-indent="{$efo:beside-text}" space-before="3pt">
        <fo:leader leader-pattern="rule" leader-length="40mm" rule-thickness="0.4pt" color="#555555"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- The notes written at the top of a document (place="top") that are set in the top margin of its first
       page: all of them when their text is short enough for the head region (at most 300 characters in
       all), else none (they then stand in a row of their own above the text, fo_text.xsl). -->
  <xsl:function name="efo:head-top-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="rows" as="element()*" select="root($n)/tei:TEI/tei:text ! efo:rows(.)"/>
    <xsl:variable name="notes" as="element(tei:note)*" select="$rows[1] ! editio:top-notes(.)"/>
    <xsl:sequence select="$notes[sum($notes ! string-length(normalize-space(.))) le 300]"/>
  </xsl:function>

  <!-- The height of the first page's head region for its top notes, in mm (10 mm when there are none):
       per note a label line and its text at about 80 characters a line of 4.2 mm, plus room. -->
  <xsl:function name="efo:head-extent-mm" as="xs:decimal">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:sequence select="if (empty($notes)) then 10
                          else 4 + sum($notes ! (4.5 + 4.2 * ceiling(string-length(normalize-space(.)) div 80)))"/>
  </xsl:function>

  <!-- One page master; $head-region names the region-before, whose height is $head-extent mm (the first
       page's may hold the top notes; the body starts 4 mm below it). -->
  <xsl:template name="efo:page-master" as="element(fo:simple-page-master)">
    <xsl:param name="name" as="xs:string" required="yes"/>
    <xsl:param name="head-region" as="xs:string" required="yes"/>
    <xsl:param name="head-extent" as="xs:decimal" select="10"/>
    <fo:simple-page-master master-name="{$name}" page-width="{$efo:page-width-mm}mm" page-height="{$efo:page-height-mm}mm"
      margin-top="10mm" margin-bottom="10mm" margin-left="{$efo:left-margin-mm}mm" margin-right="{$efo:right-margin-mm}mm">
      <fo:region-body margin-top="{$head-extent + 4}mm" margin-bottom="12mm"/>
      <fo:region-before region-name="{$head-region}" extent="{$head-extent}mm"/>
      <fo:region-after extent="8mm"/>
    </fo:simple-page-master>
  </xsl:template>

  <!-- The PDF outline: the document title, with its sections (metadata, the text's divisions, notes). -->
  <xsl:template name="efo:bookmarks" as="element(fo:bookmark-tree)">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="{efo:top-id(/)}">
        <fo:bookmark-title><xsl:value-of select="editio:title(/)"/></fo:bookmark-title>
        <xsl:choose>
          <xsl:when test="editio:is-register-config()">
            <xsl:apply-templates select="/tei:TEI/tei:text/tei:body/*" mode="efo:register-bookmark"/>
          </xsl:when>
          <xsl:otherwise>
            <fo:bookmark internal-destination="{efo:metadata-id(/)}">
              <fo:bookmark-title>Document information</fo:bookmark-title>
            </fo:bookmark>
            <fo:bookmark internal-destination="{efo:text-id(/)}">
              <fo:bookmark-title>Text</fo:bookmark-title>
              <xsl:for-each select="/tei:TEI/tei:text//tei:div[tei:head][@xml:id]">
                <fo:bookmark internal-destination="{efo:id(.)}">
                  <fo:bookmark-title><xsl:value-of select="editio:head-text(tei:head[1])"/></fo:bookmark-title>
                </fo:bookmark>
              </xsl:for-each>
            </fo:bookmark>
            <xsl:if test="efo:has-notes(/)">
              <fo:bookmark internal-destination="{efo:notes-id(/)}">
                <fo:bookmark-title>Notes</fo:bookmark-title>
              </fo:bookmark>
            </xsl:if>
            <xsl:if test="exists(editio:document-entities(/))">
              <fo:bookmark internal-destination="{efo:entities-id(/)}">
                <fo:bookmark-title>Named in this document</fo:bookmark-title>
              </fo:bookmark>
            </xsl:if>
            <fo:bookmark internal-destination="{efo:principles-id(/)}">
              <fo:bookmark-title>Editorial principles</fo:bookmark-title>
            </fo:bookmark>
          </xsl:otherwise>
        </xsl:choose>
      </fo:bookmark>
    </fo:bookmark-tree>
  </xsl:template>

</xsl:stylesheet>
