<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of one TEI document (mirrors fo/fo_page.xsl): <html> with language, site chrome, the document
  header, the metadata panel (html_metadata.xsl), the text (html_text.xsl) with its margin notes
  (html_notes.xsl), the notes, the apparatus (html_apparatus.xsl), how to cite (html_cite.xsl) and the
  previous/next documents. The head carries the citation metadata and the script of the page
  (assets/editio.js); the citation and annotation files are written next to the page. The register is
  published through the same entry and gets the register layout (html_register.xsl).
  Search (Pagefind, docs/xslt-contract.md): the article is data-pagefind-body, with the date and title
  as metadata and sort key, the document type as filter; names linked to the register are filters
  person / place (ep:search-filter).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The unnamed mode only starts the page from the document node; everything else is in named modes. Its
       input tree gets the accumulators (the paragraph numbers of html_text.xsl). -->
  <xsl:mode on-no-match="shallow-skip" use-accumulators="#all"/>

  <!-- True when the input is the register: by configuration, or because its body holds register lists. -->
  <xsl:function name="ep:is-register" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="editio:is-register-config()
                          or exists(root($n)//tei:text/tei:body/(tei:listPerson | tei:listPlace | tei:listOrg))"/>
  </xsl:function>

  <!-- The part of the file this page renders: the div named by config part (a document of a volume; found
       once per page by ep:own-text-of), else the text. -->
  <xsl:function name="ep:text-root" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="part" as="xs:string" select="editio:config('part')"/>
    <xsl:sequence select="if ($part ne '') then ep:own-text-of(root($n), $part) else root($n)/tei:TEI/tei:text"/>
  </xsl:function>

  <!-- The page title: the part's head for a document of a volume, else the header's title. -->
  <xsl:function name="ep:page-title" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="part-head" as="xs:string?"
      select="if (editio:config('part') ne '')
              then editio:head-text(ep:text-root($n)/tei:head[1])[. ne ''] else ()"/>
    <xsl:sequence select="($part-head, editio:title($n))[1]"/>
  </xsl:function>

  <!-- The whole page; on a document page, also its citation and annotation files. -->
  <xsl:template match="/" as="document-node()">
    <xsl:variable name="is-register" as="xs:boolean" select="ep:is-register(.)"/>
    <xsl:if test="not($is-register)">
      <xsl:call-template name="ep:cite-files"/>
      <xsl:call-template name="ep:annotations-file"/>
    </xsl:if>
    <xsl:document>
      <html lang="{editio:language(.)}">
        <head>
          <xsl:call-template name="ep:head-start">
            <xsl:with-param name="title" select="ep:page-title(.)"/>
            <xsl:with-param name="description" select="editio:summary-text(.)[. ne '']"/>
          </xsl:call-template>
          <xsl:if test="not($is-register)">
            <xsl:call-template name="ep:document-head"/>
          </xsl:if>
        </head>
        <body class="{if ($is-register) then 'page-register' else 'page-document'}">
          <xsl:call-template name="ep:site-header">
            <xsl:with-param name="current" select="if ($is-register) then 'register' else ''"/>
          </xsl:call-template>
          <main id="main">
            <xsl:choose>
              <xsl:when test="$is-register">
                <xsl:call-template name="ep:register-page"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="ep:document-page"/>
              </xsl:otherwise>
            </xsl:choose>
          </main>
          <xsl:call-template name="ep:site-footer"/>
        </body>
      </html>
    </xsl:document>
  </xsl:template>

  <!-- The head of a document page: prev/next links, citation metadata, annotation link, the page script. -->
  <xsl:template name="ep:document-head" as="node()*">
    <xsl:for-each select="('prev', 'next')">
      <xsl:variable name="href" as="xs:string?" select="ep:config-href(. || '-href')"/>
      <xsl:if test="$href">
        <link rel="{.}" href="{$href}"/>
      </xsl:if>
    </xsl:for-each>
    <xsl:call-template name="ep:citation-head"/>
    <xsl:call-template name="ep:annotations-link"/>
    <script src="{ep:asset-href('editio.js')}"/>
  </xsl:template>

  <!-- On the page of one part of a volume: where it stands, the volume (its contents page) and the divisions
       around the part (compilation, chapter), each linked to its heading on the contents page. Nothing on
       any other page. -->
  <xsl:template name="ep:volume-trail" as="element(nav)?">
    <xsl:variable name="volume-href" as="xs:string" select="editio:config('volume-href')"/>
    <xsl:if test="editio:config('part') ne '' and $volume-href ne ''">
      <nav class="volume-trail" aria-label="In the volume">
        <ol>
          <li><a href="{editio:safe-url($volume-href)}"><xsl:value-of select="(editio:config('volume-title')[. ne ''], 'Volume')[1]"/></a></li>
          <xsl:for-each select="ep:text-root(.)/ancestor::tei:div[tei:head]">
            <li>
              <xsl:variable name="head" as="xs:string" select="editio:head-text(tei:head[1])"/>
              <xsl:choose>
                <xsl:when test="@xml:id">
                  <a href="{editio:safe-url($volume-href || '#contents-' || @xml:id)}"><xsl:value-of select="$head"/></a>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="$head"/>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A document: header, metadata panel, text, notes, apparatus, the entities it names, citation, previous/next. Context: the document node. -->
  <xsl:template name="ep:document-page" as="element()+">
    <xsl:variable name="text" as="element()?" select="ep:text-root(.)"/>
    <xsl:variable name="date" as="xs:string?" select="editio:date(.)"/>
    <article class="document" aria-labelledby="document-title" data-pagefind-body="">
      <xsl:if test="$date">
        <xsl:attribute name="data-pagefind-meta" select="'date:' || $date"/>
        <xsl:attribute name="data-pagefind-sort" select="'date:' || $date"/>
      </xsl:if>
      <header class="document-header">
        <xsl:call-template name="ep:volume-trail"/>
        <xsl:if test="editio:document-type(.)">
          <p class="document-kind">
            <xsl:call-template name="ep:search-filter-attribute">
              <xsl:with-param name="key" select="'type'"/>
              <xsl:with-param name="value" select="editio:document-type(.)"/>
            </xsl:call-template>
            <xsl:value-of select="editio:document-type(.)"/>
          </p>
        </xsl:if>
        <!-- a volume's document: its number in the volume (FRUS: "Document 5") when its heading does not give it -->
        <xsl:for-each select="if ($ep:cites-part) then editio:document-number-to-show(ep:text-root(.)) else ()">
          <p class="document-kind document-number">Document <xsl:value-of select="."/></p>
        </xsl:for-each>
        <h1 id="document-title" data-pagefind-meta="title"><xsl:value-of select="ep:page-title(.)"/></h1>
        <xsl:if test="editio:subtitle(.) and editio:config('part') = ''">
          <p class="subtitle"><xsl:value-of select="editio:subtitle(.)"/></p>
        </xsl:if>
      </header>
      <xsl:call-template name="ep:metadata-panel"/>
      <section class="edition-text" aria-labelledby="text-heading">
        <div class="text-heading-row">
          <h2 id="text-heading" class="section-heading"><span data-pagefind-ignore="">Text</span></h2>
          <xsl:call-template name="ep:view-switch">
            <xsl:with-param name="text" select="$text"/>
          </xsl:call-template>
        </div>
        <xsl:call-template name="ep:top-notes"/>
        <xsl:apply-templates select="$text" mode="editio:text"/>
      </section>
      <xsl:call-template name="ep:notes-section"/>
      <xsl:call-template name="ep:apparatus-section"/>
      <xsl:call-template name="ep:entities-section"/>
      <xsl:call-template name="ep:cite-section"/>
    </article>
    <xsl:call-template name="ep:pager"/>
  </xsl:template>

  <!-- Previous and next document by date, a volume's pages in the volume's order (config prev-/next-href,
       -title and -kind), as rel links; a neighbour in a volume's front or back matter is a page, not a document. -->
  <xsl:template name="ep:pager" as="element(nav)?">
    <xsl:variable name="links" as="element(li)*">
      <xsl:for-each select="('prev', 'next')">
        <xsl:variable name="href" as="xs:string?" select="ep:config-href(. || '-href')"/>
        <xsl:if test="$href">
          <li class="pager-{.}">
            <a href="{$href}" rel="{.}">
              <xsl:variable name="what" as="xs:string" select="if (editio:config(. || '-kind') eq 'part') then 'page' else 'document'"/>
              <span class="pager-label"><xsl:value-of select="if (. = 'prev') then '← Previous ' || $what else 'Next ' || $what || ' →'"/></span>
              <span class="pager-title"><xsl:value-of select="(editio:config(. || '-title')[. ne ''], $href)[1]"/></span>
            </a>
          </li>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="exists($links)">
      <nav class="pager" aria-label="{if (editio:config('part') ne '') then 'Pages of the volume in order' else 'Documents by date'}">
        <ul><xsl:sequence select="$links"/></ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A Pagefind filter on the current element: inline 'key:value', or through the data-filter-value
       attribute when the value holds a comma (Pagefind reads commas as separators). -->
  <xsl:template name="ep:search-filter-attribute" as="attribute()*">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="contains($value, ',')">
        <xsl:attribute name="data-pagefind-filter" select="$key || '[data-filter-value]'"/>
        <xsl:attribute name="data-filter-value" select="$value"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:attribute name="data-pagefind-filter" select="$key || ':' || $value"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- On a name linked to the register, on a document page: filter person or place with the register's
       regularised name (not inside the copies of the apparatus, not on the register page). -->
  <xsl:template name="ep:search-filter" as="attribute()*">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="reg" as="xs:string"/>
    <xsl:param name="ep:copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="key" as="xs:string?"
      select="if ($entry/self::tei:person) then 'person' else if ($entry/self::tei:place) then 'place' else ()"/>
    <xsl:if test="$key and $reg ne '' and not($ep:copy) and not(editio:is-register-config())">
      <xsl:call-template name="ep:search-filter-attribute">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="value" select="$reg"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
