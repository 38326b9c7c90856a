<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_volume.xsl (mirrors html/html_index.xsl, the edition's own page): the whole edition as ONE XSL-FO
  document, the volume PDF. Called by Java with the initial template Q{urn:editio}volume and no context
  item; it reads the documents from $editio:documents (date order, register excluded) and the register
  from $editio:register. Config: edition-title, edition-version, edition-date, page-size, id = 'edition'.

  The volume, in the order of a printed documentary edition:
    title page            (no number)          edition title, version, date, publisher and licence
    contents              (roman numbers)      every part below with its page (fo:page-number-citation)
    editorial principles  (roman numbers)      each distinct editorialDecl once, with the documents it
                                               covers, then the print conventions
    the documents         (arabic from 1)      one page sequence each, rendered by the very templates of
                                               the single-document PDF (metadata block, text with margin
                                               notes, notes); running head edition title / document title
    register              (arabic, continued)  persons, places, organisations, each entry with the pages
                                               of its mentions (fo_register.xsl, mode efo:register-index)
  and a PDF outline with all of these. Principles stand before the documents, as the introduction of a
  printed edition does, so that the conventions are read before the text they explain.

  The register's page numbers come from the FO of the documents themselves: the documents are rendered
  first into a variable, the mention ids found there (efo:mention-id, fo_register.xsl) are the only ones
  cited, so no citation can point to a name that is not printed. Java renders the volume twice: a first
  layout gives the page of every mention (config 'mention-pages'), with which the register prints each
  page once (fo_register.xsl, docs/xslt-contract.md). Deterministic: nothing depends on the
  clock; generate-id() is used only to group, never written out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- Copies a page master, giving its body region two columns (the register pages). -->
  <xsl:mode name="efo:two-columns" on-no-match="shallow-copy"/>

  <!-- ===== ids ===== -->

  <!-- A fixed FO id of the volume: '{config id}.efo-{$name}' ('edition.efo-contents'); document ids are
       prefixed by their own document id (efo:gen-id), so they cannot collide with these. -->
  <xsl:function name="efo:volume-id" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="(editio:config('id')[. ne ''], 'edition')[1] || '.efo-' || $name"/>
  </xsl:function>

  <!-- The edition's title: config edition-title, else the register's edition statement. -->
  <xsl:function name="efo:edition-title" as="xs:string">
    <xsl:sequence select="(editio:config('edition-title')[. ne ''],
                           $editio:register ! editio:edition(.)?text[. ne ''], 'Edition')[1]"/>
  </xsl:function>

  <!-- ===== the volume ===== -->

  <!-- The volume: page masters, outline, then title page, contents, principles, documents, register. -->
  <xsl:template name="editio:volume" as="element(fo:root)">
    <xsl:variable name="documents" as="document-node()*" select="$editio:documents[tei:TEI]"/>
    <!-- The documents' page sequences first: the register cites the mentions found in them. -->
    <xsl:variable name="sequences" as="element(fo:page-sequence)*">
      <xsl:for-each select="$documents">
        <xsl:call-template name="efo:volume-document">
          <xsl:with-param name="first" select="position() eq 1"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="pages" as="map(xs:string, xs:string*)" select="efo:mention-pages($documents, $sequences)"/>
    <!-- The node whose id the principles block takes (the register: it prints none of its own here). -->
    <xsl:variable name="anchor" as="document-node()?" select="($editio:register, $documents)[1]"/>
    <xsl:variable name="principles-id" as="xs:string?" select="$anchor ! efo:principles-id(.)"/>
    <xsl:variable name="lists" as="element()*" select="$editio:register/tei:TEI/tei:text/tei:body/*[editio:behaviour(.) = 'register-list']"/>
    <fo:root font-family="{$efo:serif}" font-size="10.5pt" line-height="1.35"
      language="{($editio:register ! editio:language(.), 'en')[1]}">
      <fo:layout-master-set>
        <xsl:call-template name="efo:page-master">
          <xsl:with-param name="name" select="'efo-first'"/>
          <xsl:with-param name="head-region" select="'efo-head-first'"/>
        </xsl:call-template>
        <xsl:call-template name="efo:page-master">
          <xsl:with-param name="name" select="'efo-rest'"/>
          <xsl:with-param name="head-region" select="'efo-head'"/>
        </xsl:call-template>
        <xsl:variable name="register-masters" as="element()*">
          <xsl:call-template name="efo:page-master">
            <xsl:with-param name="name" select="'efo-register-first'"/>
            <xsl:with-param name="head-region" select="'efo-head-first'"/>
          </xsl:call-template>
          <xsl:call-template name="efo:page-master">
            <xsl:with-param name="name" select="'efo-register-rest'"/>
            <xsl:with-param name="head-region" select="'efo-head'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:apply-templates select="$register-masters" mode="efo:two-columns"/>
        <xsl:call-template name="efo:alternatives">
          <xsl:with-param name="name" select="'efo-pages'"/>
          <xsl:with-param name="first" select="'efo-first'"/>
          <xsl:with-param name="rest" select="'efo-rest'"/>
        </xsl:call-template>
        <!-- Each document's first page has a head region as high as its top notes need. -->
        <xsl:for-each select="$documents">
          <xsl:call-template name="efo:page-master">
            <xsl:with-param name="name" select="efo:gen-id(., 'first')"/>
            <xsl:with-param name="head-region" select="'efo-head-first'"/>
            <xsl:with-param name="head-extent" select="efo:head-extent-mm(efo:head-top-notes(.))"/>
          </xsl:call-template>
          <xsl:call-template name="efo:alternatives">
            <xsl:with-param name="name" select="efo:gen-id(., 'pages')"/>
            <xsl:with-param name="first" select="efo:gen-id(., 'first')"/>
            <xsl:with-param name="rest" select="'efo-rest'"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="efo:alternatives">
          <xsl:with-param name="name" select="'efo-register-pages'"/>
          <xsl:with-param name="first" select="'efo-register-first'"/>
          <xsl:with-param name="rest" select="'efo-register-rest'"/>
        </xsl:call-template>
      </fo:layout-master-set>
      <xsl:call-template name="efo:volume-bookmarks">
        <xsl:with-param name="documents" select="$documents"/>
        <xsl:with-param name="principles-id" select="$principles-id"/>
        <xsl:with-param name="lists" select="$lists"/>
      </xsl:call-template>
      <xsl:call-template name="efo:title-page">
        <xsl:with-param name="documents" select="$documents"/>
      </xsl:call-template>
      <xsl:call-template name="efo:front-matter">
        <xsl:with-param name="head" select="'Contents'"/>
        <xsl:with-param name="content" as="element()*">
          <xsl:call-template name="efo:contents">
            <xsl:with-param name="documents" select="$documents"/>
            <xsl:with-param name="principles-id" select="$principles-id"/>
            <xsl:with-param name="lists" select="$lists"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="exists($anchor)">
        <xsl:call-template name="efo:front-matter">
          <xsl:with-param name="head" select="'Editorial principles'"/>
          <xsl:with-param name="content" as="element()*">
            <xsl:call-template name="efo:volume-principles">
              <xsl:with-param name="documents" select="$documents"/>
              <xsl:with-param name="anchor" select="$anchor"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:sequence select="$sequences"/>
      <xsl:if test="exists($lists)">
        <fo:page-sequence force-page-count="no-force" master-reference="efo-register-pages" format="1"
          initial-page-number="{if (empty($sequences)) then '1' else 'auto'}"
          language="{editio:language($editio:register)}">
          <xsl:call-template name="efo:volume-static">
            <xsl:with-param name="head" select="editio:title($editio:register)"/>
          </xsl:call-template>
          <fo:flow flow-name="xsl-region-body">
            <fo:block span="all" padding-after="3mm">
              <xsl:call-template name="efo:volume-heading">
                <xsl:with-param name="id" select="efo:volume-id('register')"/>
                <xsl:with-param name="text" select="editio:title($editio:register)"/>
              </xsl:call-template>
              <xsl:for-each select="$editio:register/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:p">
                <fo:block font-size="9.5pt" text-align="justify" space-after="2mm"><xsl:apply-templates mode="efo:inline"/></fo:block>
              </xsl:for-each>
              <fo:block font-size="9.5pt" text-align="justify">Each entry gives the pages of this volume on which
                it is named (in the documents' descriptions, texts and notes); page numbers in
                <fo:inline font-style="italic">italics</fo:inline> are pages with an annotation in the
                person's own hand.</fo:block>
            </fo:block>
            <xsl:apply-templates select="$lists" mode="efo:register-index">
              <xsl:with-param name="pages" select="$pages" tunnel="yes"/>
            </xsl:apply-templates>
          </fo:flow>
        </fo:page-sequence>
      </xsl:if>
    </fo:root>
  </xsl:template>

  <!-- A page-sequence master: the first page without running head, the others with it. -->
  <xsl:template name="efo:alternatives" as="element(fo:page-sequence-master)">
    <xsl:param name="name" as="xs:string" required="yes"/>
    <xsl:param name="first" as="xs:string" required="yes"/>
    <xsl:param name="rest" as="xs:string" required="yes"/>
    <fo:page-sequence-master master-name="{$name}">
      <fo:repeatable-page-master-alternatives>
        <fo:conditional-page-master-reference master-reference="{$first}" page-position="first"/>
        <fo:conditional-page-master-reference master-reference="{$rest}" page-position="rest"/>
      </fo:repeatable-page-master-alternatives>
    </fo:page-sequence-master>
  </xsl:template>

  <!-- The register pages set their entries in two columns. -->
  <xsl:template match="fo:region-body" mode="efo:two-columns" as="element(fo:region-body)">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="efo:two-columns"/>
      <xsl:attribute name="column-count" select="'2'"/>
      <xsl:attribute name="column-gap" select="'8mm'"/>
    </xsl:copy>
  </xsl:template>

  <!-- The static content of a volume page sequence: running head (edition title / $head) on all pages
       but the first, the page number at the foot of every page. -->
  <xsl:template name="efo:volume-static" as="element(fo:static-content)+">
    <xsl:param name="head" as="xs:string" required="yes"/>
    <fo:static-content flow-name="efo-head-first">
      <fo:block/>
    </fo:static-content>
    <fo:static-content flow-name="efo-head">
      <fo:block font-family="{$efo:sans}" font-size="8pt" color="#444444" text-align-last="justify"
        border-after-style="solid" border-after-width="0.4pt" border-after-color="#888888" padding-after="2pt">
        <xsl:value-of select="efo:edition-title()"/>
        <fo:leader leader-pattern="space"/>
        <xsl:value-of select="$head"/>
      </fo:block>
    </fo:static-content>
    <xsl:call-template name="efo:page-number-foot"/>
  </xsl:template>

  <!-- The foot of every numbered page of the volume: the page number alone (i, ii … then 1, 2 …). -->
  <xsl:template name="efo:page-number-foot" as="element(fo:static-content)">
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-family="{$efo:sans}" font-size="8pt" color="#444444" text-align="center">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- A heading of the volume's own matter (contents, principles, register), with its id. -->
  <xsl:template name="efo:volume-heading" as="element(fo:block)">
    <xsl:param name="id" as="xs:string" required="yes"/>
    <xsl:param name="text" as="xs:string" required="yes"/>
    <fo:block id="{$id}" font-size="18pt" font-weight="bold" line-height="1.2" space-after="6mm"
      keep-with-next.within-page="always">
      <xsl:value-of select="$text"/>
    </fo:block>
  </xsl:template>

  <!-- ===== title page ===== -->

  <!-- The title page: edition title, version and date from the config; the span of the documents; the
       publisher and licence from the register's header when it has them. No page number is printed. -->
  <xsl:template name="efo:title-page" as="element(fo:page-sequence)">
    <xsl:param name="documents" as="document-node()*" required="yes"/>
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="$editio:register ! editio:licence(.)"/>
    <xsl:variable name="first" as="xs:string?" select="$documents[1] ! editio:file-dates(.)[1]"/>
    <xsl:variable name="last" as="xs:string?" select="$documents[last()] ! editio:file-dates(.)[last()]"/>
    <fo:page-sequence force-page-count="no-force" master-reference="efo-first" format="i" initial-page-number="1">
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{efo:volume-id('title')}" text-align="center" space-before="60mm" space-before.conditionality="retain">
          <fo:block font-size="26pt" font-weight="bold" line-height="1.2" space-after="8mm">
            <xsl:value-of select="efo:edition-title()"/>
          </fo:block>
          <fo:block font-size="12pt" space-after="2mm">
            <xsl:value-of select="string-join((editio:config('edition-version')[. ne ''] ! ('Version ' || .),
                                                editio:config('edition-date')[. castable as xs:date] ! editio:format-date(.)), ' · ')"/>
          </fo:block>
          <fo:block font-size="11pt" space-before="12mm">
            <xsl:value-of select="string-join((
                count($documents) || (if (count($documents) eq 1) then ' document' else ' documents'),
                if (exists($first) and exists($last)) then (if ($first eq $last) then $first else $first || ' – ' || $last) else ()), ', ')"/>
          </fo:block>
        </fo:block>
        <fo:block text-align="center" space-before="80mm" font-size="9.5pt">
          <xsl:for-each select="$editio:register ! editio:publisher(.)[. ne '']">
            <fo:block font-size="12pt" space-after="4mm"><xsl:value-of select="."/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="$licence[?text ne '']">
            <fo:block>
              <xsl:value-of select="?text"/>
              <xsl:if test="?url ne ''">
                <xsl:text> </xsl:text>
                <xsl:sequence select="efo:url-link(?url)"/>
              </xsl:if>
            </fo:block>
          </xsl:for-each>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ===== front matter ===== -->

  <!-- A part of the front matter (contents, principles): roman page numbers, running head $head. -->
  <xsl:template name="efo:front-matter" as="element(fo:page-sequence)">
    <xsl:param name="head" as="xs:string" required="yes"/>
    <xsl:param name="content" as="element()*" required="yes"/>
    <fo:page-sequence force-page-count="no-force" master-reference="efo-pages" format="i">
      <xsl:call-template name="efo:volume-static">
        <xsl:with-param name="head" select="$head"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <xsl:sequence select="$content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The contents: principles, each document (title, date, page), the register's lists. -->
  <xsl:template name="efo:contents" as="element(fo:block)+">
    <xsl:param name="documents" as="document-node()*" required="yes"/>
    <xsl:param name="principles-id" as="xs:string?" required="yes"/>
    <xsl:param name="lists" as="element()*" required="yes"/>
    <xsl:call-template name="efo:volume-heading">
      <xsl:with-param name="id" select="efo:volume-id('contents')"/>
      <xsl:with-param name="text" select="'Contents'"/>
    </xsl:call-template>
    <xsl:for-each select="$principles-id">
      <xsl:sequence select="efo:contents-line('Editorial principles', (), ., 'section')"/>
    </xsl:for-each>
    <xsl:if test="exists($documents)">
      <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="9pt" space-before="5mm" space-after="2mm"
        keep-with-next.within-page="always">Documents</fo:block>
      <xsl:for-each select="$documents">
        <xsl:sequence select="efo:contents-line(editio:title(.), (string-join(editio:file-dates(.), ' – '), editio:subtitle(.))[. ne ''][1],
                                                efo:top-id(.), 'document')"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:if test="exists($lists)">
      <xsl:sequence select="efo:contents-line(editio:title($editio:register), (), efo:volume-id('register'), 'section')"/>
      <xsl:for-each select="$lists">
        <xsl:sequence select="efo:contents-line(efo:register-list-title(.), (), efo:register-list-id(.), 'document')"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- One line of the contents: the title, dot leaders and the page of $ref; $sub (the date) below the
       title; a 'section' line stands out, a 'document' line is indented under it. -->
  <xsl:function name="efo:contents-line" as="element(fo:block)">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="sub" as="xs:string?"/>
    <xsl:param name="ref" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <fo:block keep-together.within-page="always" space-after="{if ($kind eq 'section') then '3mm' else '2mm'}"
      start-indent="{if ($kind eq 'document') then '5mm' else '0mm'}" end-indent="12mm">
      <xsl:if test="$kind eq 'section'">
        <xsl:attribute name="space-before" select="'5mm'"/>
        <xsl:attribute name="font-weight" select="'bold'"/>
      </xsl:if>
      <fo:block text-align-last="justify" last-line-end-indent="-12mm">
        <fo:basic-link internal-destination="{$ref}">
          <xsl:value-of select="$title"/>
        </fo:basic-link>
        <xsl:text> </xsl:text>
        <fo:leader leader-pattern="dots" leader-pattern-width="3pt"/>
        <xsl:text> </xsl:text>
        <fo:basic-link internal-destination="{$ref}">
          <fo:page-number-citation ref-id="{$ref}"/>
        </fo:basic-link>
      </fo:block>
      <xsl:for-each select="$sub">
        <fo:block font-size="9pt" color="#444444"><xsl:value-of select="."/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:function>

  <!-- ===== editorial principles ===== -->

  <!-- The editorial principles of the volume: the print conventions, all of them (efo:principles with
       $all, fo_metadata.xsl; its block carries the id efo:principles-id($anchor)), then how the texts
       were transcribed and encoded: each distinct editorialDecl of the documents once (by its text),
       headed by the documents it covers when they are not all of them. -->
  <xsl:template name="efo:volume-principles" as="element(fo:block)+">
    <xsl:param name="documents" as="document-node()*" required="yes"/>
    <xsl:param name="anchor" as="document-node()" required="yes"/>
    <xsl:variable name="decls" as="element(tei:editorialDecl)*"
      select="$documents ! (tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl)[1]"/>
    <xsl:call-template name="efo:principles">
      <xsl:with-param name="doc" select="$anchor"/>
      <xsl:with-param name="all" select="true()"/>
    </xsl:call-template>
    <xsl:if test="exists($decls)">
      <fo:block end-indent="{$efo:beside-text}" font-size="9pt" space-before="8mm">
        <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="10pt" space-after="4pt"
          keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
          border-after-color="#888888" padding-after="1pt">Transcription and encoding</fo:block>
        <xsl:for-each-group select="$decls" group-by="normalize-space(string(.))">
          <xsl:variable name="covered" as="document-node()*" select="current-group() ! root(.)"/>
          <fo:block space-after="4mm">
            <xsl:if test="count($covered) lt count($documents)">
              <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="7.5pt" color="#555555"
                space-after="2pt" keep-with-next.within-page="always">
                <xsl:value-of select="(if (count($covered) eq 1) then 'For ' else 'For the documents ')
                                      || string-join($covered ! ('“' || editio:title(.) || '”'), ', ')"/>
              </fo:block>
            </xsl:if>
            <xsl:apply-templates select="current-group()[1]/*" mode="efo:volume-principle"/>
          </fo:block>
        </xsl:for-each-group>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Renders the parts of an editorialDecl: paragraphs as text, the TEI's named parts (correction,
       normalization, …) under their name. -->
  <xsl:mode name="efo:volume-principle" on-no-match="fail"/>

  <!-- A paragraph of the editorial declaration. -->
  <xsl:template match="tei:p | tei:ab" mode="efo:volume-principle" as="element()*">
    <xsl:apply-templates select="." mode="efo:block"/>
  </xsl:template>

  <!-- A named part (correction, normalization, quotation, hyphenation, segmentation, interpretation, …):
       its name as a run-in label, then its paragraphs. -->
  <xsl:template match="*" mode="efo:volume-principle" as="element(fo:block)">
    <fo:block space-after="3pt">
      <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="8pt" color="#444444" keep-with-next.within-page="always">
        <xsl:value-of select="upper-case(substring(local-name(), 1, 1)) || substring(local-name(), 2)"/>
      </fo:block>
      <xsl:apply-templates select="*" mode="efo:volume-principle"/>
    </fo:block>
  </xsl:template>

  <!-- Comments and processing instructions in the declaration are not text. -->
  <xsl:template match="comment() | processing-instruction()" mode="efo:volume-principle" as="empty-sequence()"/>

  <!-- ===== the documents ===== -->

  <!-- One document of the volume (the context item is its document node): the single-document PDF's
       flow (efo:document-body: metadata block, text with margin notes and footnotes, Notes) in a page
       sequence of its own, with the single-document PDF's static content (top notes in the first page's
       head, running head edition title / document title, footnote separator) except that the page
       numbers run on through the volume ("n", not "n / N"). The per-document editorial principles are
       left out: the volume states them once, in its front matter. -->
  <xsl:template name="efo:volume-document" as="element(fo:page-sequence)">
    <xsl:param name="first" as="xs:boolean" required="yes"/>
    <xsl:variable name="static" as="element(fo:static-content)+">
      <xsl:call-template name="efo:static-content">
        <xsl:with-param name="head-notes" select="efo:head-top-notes(.)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="body" as="element()*">
      <xsl:call-template name="efo:document-body"/>
    </xsl:variable>
    <fo:page-sequence force-page-count="no-force" master-reference="{efo:gen-id(., 'pages')}" format="1" language="{editio:language(.)}"
      initial-page-number="{if ($first) then '1' else 'auto'}">
      <xsl:sequence select="$static[@flow-name ne 'xsl-region-after']"/>
      <xsl:call-template name="efo:page-number-foot"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{efo:top-id(.)}">
          <xsl:sequence select="$body[not(@id = efo:principles-id(current()))]"/>
        </fo:block>
        <fo:block id="{efo:last-block-id(.)}"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ===== outline ===== -->

  <!-- The PDF outline: title page, contents, principles, every document (with the sections the
       single-document PDF gives it), the register and its lists. -->
  <xsl:template name="efo:volume-bookmarks" as="element(fo:bookmark-tree)">
    <xsl:param name="documents" as="document-node()*" required="yes"/>
    <xsl:param name="principles-id" as="xs:string?" required="yes"/>
    <xsl:param name="lists" as="element()*" required="yes"/>
    <fo:bookmark-tree>
      <xsl:sequence select="efo:bookmark(efo:volume-id('title'), efo:edition-title())"/>
      <xsl:sequence select="efo:bookmark(efo:volume-id('contents'), 'Contents')"/>
      <xsl:for-each select="$principles-id">
        <xsl:sequence select="efo:bookmark(., 'Editorial principles')"/>
      </xsl:for-each>
      <xsl:for-each select="$documents">
        <xsl:variable name="tree" as="element(fo:bookmark-tree)">
          <xsl:call-template name="efo:bookmarks"/>
        </xsl:variable>
        <xsl:apply-templates select="$tree/fo:bookmark" mode="efo:volume-bookmark">
          <xsl:with-param name="left-out" select="efo:principles-id(.)" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:if test="exists($lists)">
        <fo:bookmark internal-destination="{efo:volume-id('register')}">
          <fo:bookmark-title><xsl:value-of select="editio:title($editio:register)"/></fo:bookmark-title>
          <xsl:apply-templates select="$lists" mode="efo:register-bookmark"/>
        </fo:bookmark>
      </xsl:if>
    </fo:bookmark-tree>
  </xsl:template>

  <!-- Copies a document's outline into the volume's, leaving out the entry of a part the volume does
       not print per document ($left-out: its editorial principles). -->
  <xsl:mode name="efo:volume-bookmark" on-no-match="shallow-copy"/>

  <!-- The outline entry of a part not printed in the volume. -->
  <xsl:template match="fo:bookmark" mode="efo:volume-bookmark" as="element(fo:bookmark)?">
    <xsl:param name="left-out" as="xs:string" tunnel="yes" required="yes"/>
    <xsl:if test="@internal-destination ne $left-out">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

  <!-- One outline entry without children. -->
  <xsl:function name="efo:bookmark" as="element(fo:bookmark)">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <fo:bookmark internal-destination="{$ref}">
      <fo:bookmark-title><xsl:value-of select="$title"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:function>

</xsl:stylesheet>
