<?xml version="1.0" encoding="UTF-8"?>
<!--
  The home page (initial template Q{urn:editio}index): what the edition is, the documents in date order
  (undated last, then by title) with date, linked title, sender → recipient, summary and PDF link, a
  filter form (assets/site.js; without JavaScript the form stays hidden and every document is shown),
  and, beside the list, what the TEI headers say about the edition: editorial principles
  (encodingDesc/editorialDecl), the project (projectDesc), the register's sources and the licence.
  Nothing is invented: a section whose source is absent is left out.
  A file holding several documents (a FRUS volume) is listed once, linked to its contents page.
  Mirrors nothing in fo/: the home page exists only on the site.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!-- The ids of the documents whose PDF the site has (config pdf-documents: made by this build or kept from
       the last; none after a first build of the HTML alone), as a map for lookups. -->
  <xsl:variable name="es:pdf-documents" as="map(xs:string, xs:boolean)"
    select="map:merge(tokenize(editio:config('pdf-documents')) ! map:entry(., true()))"/>

  <!-- What the home page reads of each published document, worked out once per page (the list, its sort and
       the filters ask for the same facts several times): maps by generate-id of the document. -->
  <xsl:variable name="es:facts" as="map(xs:string, map(*))"
    select="map:merge($editio:documents ! map:entry(generate-id(.), es:find-facts(.)))"/>

  <!-- The facts of one document (see es:find-facts). -->
  <xsl:function name="es:facts" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="kept" as="map(*)?" select="$es:facts(generate-id($doc))"/>
    <xsl:sequence select="if (exists($kept)) then $kept else es:find-facts($doc)"/>
  </xsl:function>

  <!-- id, title, date, parts (the document divs of a volume), part-dates, years, type, people. -->
  <xsl:function name="es:find-facts" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="parts" as="element(tei:div)*" select="editio:parts($doc)"/>
    <xsl:variable name="part-dates" as="xs:string*" select="$parts ! editio:part-date(.)"/>
    <!-- A volume's date (its order in the list) when its header gives none: its first document's. -->
    <xsl:variable name="date" as="xs:string?" select="(editio:date($doc), $part-dates[1])[1]"/>
    <xsl:variable name="dates" as="xs:string*" select="if (exists($parts)) then $part-dates else $date"/>
    <xsl:sequence select="map {
        'id': editio:document-id($doc),
        'title': editio:title($doc),
        'date': $date,
        'parts': $parts,
        'part-dates': $part-dates,
        'years': distinct-values($dates[matches(., '\A\p{Nd}{4}', ';j')] ! xs:integer(substring(., 1, 4))),
        'type': if (exists($parts)) then 'Volume' else editio:document-type($doc)[. ne ''],
        'people': distinct-values((editio:senders($doc), editio:recipients($doc)) ! normalize-space(.)[. ne '']),
        'correspondents': editio:correspondents-text($doc),
        'summary': editio:summary-text($doc),
        'principles': ep:header($doc)/tei:encodingDesc/tei:editorialDecl,
        'projects': ep:header($doc)/tei:encodingDesc/tei:projectDesc
      }"/>
  </xsl:function>

  <!-- Everything the home page reads of a document, as one string: its facts (es:find-facts), the volume's
       divs by number only (the page shows their number and dates), the header sections as XML. The page reads
       the published documents through es:facts alone, so it is as it was while every document's digest and
       their order are (docs/xslt-contract.md): Java keeps a hash of each in the build manifest. -->
  <xsl:function name="es:digest" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="f" as="map(*)" select="es:facts($doc)"/>
    <!-- each part prefixed with its length: no two lists of parts give the same string -->
    <xsl:sequence select="string-join((
        $f?id, $f?title, string($f?date), string(count($f?parts)), $f?part-dates, '/',
        $f?years ! string(.), '/', string($f?type), $f?people, '/',
        $f?correspondents, $f?summary, string(count($f?principles)),
        ($f?principles, $f?projects) ! serialize(., map { 'method': 'xml' })
      ) ! (string-length(.) || ':' || .))"/>
  </xsl:function>

  <!-- The digest of each published document, in the order of editio:documents (after the home page, with
       the same transformer), and of the global context item alone (initial template home-digest). -->
  <xsl:template name="editio:home-digests" as="xs:string*">
    <xsl:sequence select="$editio:documents ! es:digest(.)"/>
  </xsl:template>
  <xsl:template name="editio:home-digest" as="xs:string">
    <xsl:sequence select="es:digest(/)"/>
  </xsl:template>

  <!-- The published documents in date order (undated last, then by title, then by id). -->
  <xsl:function name="es:documents-in-order" as="document-node()*">
    <xsl:perform-sort select="$editio:documents">
      <xsl:sort select="empty(es:facts(.)?date)"/>
      <xsl:sort select="string(es:facts(.)?date)"/>
      <xsl:sort select="es:facts(.)?title" lang="en"/>
      <xsl:sort select="es:facts(.)?id"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- The home page. -->
  <xsl:template name="editio:index" as="document-node()">
    <xsl:variable name="docs" as="document-node()*" select="es:documents-in-order()"/>
    <xsl:variable name="count" as="xs:string" select="count($docs) || (if (count($docs) eq 1) then ' document' else ' documents')"/>
    <xsl:call-template name="es:page">
      <xsl:with-param name="title" select="'Home'"/>
      <xsl:with-param name="description" select="editio:config('edition-title') || ': a digital edition of ' || $count || ' in TEI-XML, with reading pages'
                                                 || (if (map:size($es:pdf-documents) gt 0) then ', PDFs' else '')
                                                 || (if (ep:config-href('register-href')) then ' and a register.' else '.')"/>
      <xsl:with-param name="body-class" select="'page-index page-site'"/>
      <xsl:with-param name="current" select="'index'"/>
      <xsl:with-param name="scripts" select="'site.js'"/>
      <xsl:with-param name="content" as="element()*">
        <header class="document-header home-header">
          <p class="document-kind">Digital scholarly edition</p>
          <h1 id="index-title"><xsl:value-of select="editio:config('edition-title')"/></h1>
          <p class="lead">
            <xsl:value-of select="'A digital edition of ' || $count || (if (count($docs) eq 1) then ', published' else ', each published')
                                  || ' as a reading page'
                                  || (if (map:size($es:pdf-documents) gt 0) then ', a PDF' else '') || ' and its TEI-XML source'"/>
            <xsl:if test="ep:config-href('register-href')">
              <xsl:text>. Persons, places and organisations named in the documents are listed in the </xsl:text>
              <a href="{ep:config-href('register-href')}">register</a>
            </xsl:if>
            <xsl:text>; the full text can be </xsl:text>
            <a href="{es:href('search-href', 'search.html')}">searched</a>
            <xsl:text>.</xsl:text>
          </p>
        </header>
        <div class="home-grid">
          <section class="home-documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading" class="section-heading">Documents in date order</h2>
            <xsl:call-template name="es:filter-form">
              <xsl:with-param name="docs" select="$docs"/>
            </xsl:call-template>
            <ol class="document-list" id="document-list">
              <xsl:apply-templates select="$docs" mode="es:index-entry"/>
            </ol>
            <p class="filter-empty" id="filter-empty" hidden="hidden">No document matches these filters.</p>
          </section>
          <xsl:call-template name="es:about">
            <xsl:with-param name="docs" select="$docs"/>
          </xsl:call-template>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================================================
       The filter form: hidden until site.js shows it (without JavaScript all documents are listed).
       Each list entry carries what the filters compare: data-year, data-people, data-type.
       =================================================================================================== -->

  <!-- The filter form, with the choices the documents offer. -->
  <xsl:template name="es:filter-form" as="element(form)?">
    <xsl:param name="docs" as="document-node()*"/>
    <xsl:variable name="years" as="xs:integer*" select="$docs ! es:years(.)"/>
    <xsl:variable name="people" as="xs:string*" select="sort(distinct-values($docs ! es:correspondents(.)), 'http://www.w3.org/2013/collation/UCA?lang=en')"/>
    <xsl:variable name="types" as="xs:string*" select="sort(distinct-values($docs ! es:entry-type(.)), 'http://www.w3.org/2013/collation/UCA?lang=en')"/>
    <xsl:if test="count($docs) gt 0">
      <form class="doc-filter" id="doc-filter" role="search" aria-label="Filter the documents" hidden="hidden">
        <div class="filter-field filter-text">
          <label for="filter-q">Words in title, correspondents or summary</label>
          <input type="search" id="filter-q" name="q" autocomplete="off"/>
        </div>
        <xsl:if test="exists($years)">
          <fieldset class="filter-field filter-years">
            <legend>Years</legend>
            <div class="filter-years-row">
              <label for="filter-from" class="visually-hidden">From year</label>
              <input type="number" id="filter-from" name="from" inputmode="numeric" min="{min($years)}" max="{max($years)}" placeholder="{min($years)}"/>
              <span aria-hidden="true">–</span>
              <label for="filter-to" class="visually-hidden">To year</label>
              <input type="number" id="filter-to" name="to" inputmode="numeric" min="{min($years)}" max="{max($years)}" placeholder="{max($years)}"/>
            </div>
          </fieldset>
        </xsl:if>
        <xsl:if test="exists($people)">
          <div class="filter-field">
            <label for="filter-person">Sender or recipient</label>
            <select id="filter-person" name="person">
              <option value="">Any</option>
              <xsl:for-each select="$people"><option value="{.}"><xsl:value-of select="."/></option></xsl:for-each>
            </select>
          </div>
        </xsl:if>
        <xsl:if test="count($types) gt 0">
          <div class="filter-field">
            <label for="filter-type">Document type</label>
            <select id="filter-type" name="type">
              <option value="">Any</option>
              <xsl:for-each select="$types"><option value="{.}"><xsl:value-of select="."/></option></xsl:for-each>
            </select>
          </div>
        </xsl:if>
        <div class="filter-actions">
          <button type="reset" class="button-secondary">Clear filters</button>
        </div>
        <p class="filter-status" id="filter-status" role="status" aria-live="polite"></p>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- The years a listed file covers: its date's year, or for a volume the years of its dated documents. -->
  <xsl:function name="es:years" as="xs:integer*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="es:facts($doc)?years"/>
  </xsl:function>

  <!-- Senders and recipients by name. -->
  <xsl:function name="es:correspondents" as="xs:string*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="es:facts($doc)?people"/>
  </xsl:function>

  <!-- The type shown for a listed file: its document type, 'Volume' for a file of several documents. -->
  <xsl:function name="es:entry-type" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="es:facts($doc)?type"/>
  </xsl:function>

  <!-- ===================================================================================================
       One entry of the list
       =================================================================================================== -->

  <!-- Renders one published document as an entry of the list; only document nodes are applied in it. -->
  <xsl:mode name="es:index-entry" on-no-match="fail"/>

  <!-- One document: date, type, linked title, correspondents, summary, downloads. -->
  <xsl:template match="document-node()" mode="es:index-entry" as="element(li)">
    <xsl:variable name="facts" as="map(*)" select="es:facts(.)"/>
    <xsl:variable name="id" as="xs:string" select="$facts?id"/>
    <xsl:variable name="parts" as="element(tei:div)*" select="$facts?parts"/>
    <xsl:variable name="years" as="xs:integer*" select="$facts?years"/>
    <xsl:variable name="type" as="xs:string?" select="$facts?type"/>
    <xsl:variable name="date" as="xs:string?" select="$facts?date"/>
    <xsl:variable name="title" as="xs:string" select="$facts?title"/>
    <xsl:variable name="correspondents" as="xs:string" select="$facts?correspondents"/>
    <xsl:variable name="summary" as="xs:string" select="$facts?summary"/>
    <li class="document-entry" id="doc-{$id}"
        data-years="{string-join($years ! string(.), ' ')}"
        data-people="{string-join($facts?people, '|')}"
        data-type="{$type}">
      <p class="entry-date">
        <xsl:choose>
          <xsl:when test="exists($parts)">
            <xsl:variable name="dates" as="xs:string*" select="sort($facts?part-dates)"/>
            <xsl:if test="exists($dates)">
              <span class="entry-dates">
                <time datetime="{$dates[1]}"><xsl:value-of select="es:format-date($dates[1])"/></time>
                <xsl:if test="$dates[last()] ne $dates[1]">
                  <xsl:text> – </xsl:text>
                  <time datetime="{$dates[last()]}"><xsl:value-of select="es:format-date($dates[last()])"/></time>
                </xsl:if>
              </span>
            </xsl:if>
          </xsl:when>
          <xsl:when test="$date">
            <time datetime="{replace($date, 'T[^\n\r]*\z', '', ';j')}"><xsl:value-of select="es:format-date($date)"/></time>
          </xsl:when>
          <xsl:otherwise>Undated</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$type">
          <span class="entry-type"><xsl:value-of select="$type"/></span>
        </xsl:if>
      </p>
      <h3 class="entry-title"><a href="{editio:safe-url(encode-for-uri($id) || '.html')}"><xsl:value-of select="$title"/></a></h3>
      <xsl:if test="$correspondents ne ''">
        <p class="entry-correspondents"><xsl:value-of select="$correspondents"/></p>
      </xsl:if>
      <xsl:if test="exists($parts)">
        <p class="entry-parts">
          <xsl:value-of select="count($parts) || ' documents; '"/>
          <a href="{editio:safe-url(encode-for-uri($id) || '.html')}">table of contents</a>
        </p>
      </xsl:if>
      <xsl:if test="$summary ne ''">
        <p class="entry-summary"><xsl:value-of select="$summary"/></p>
      </xsl:if>
      <xsl:if test="empty($parts) and map:contains($es:pdf-documents, $id)">
        <ul class="downloads">
          <li><a class="download" href="{editio:safe-url('pdf/' || encode-for-uri($id) || '.pdf')}" type="application/pdf">PDF<span class="visually-hidden"><xsl:value-of select="' of ' || $title"/></span></a></li>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ===================================================================================================
       About the edition: from the TEI headers only
       =================================================================================================== -->

  <!-- The section beside the list (a section, not an aside: a complementary landmark may not sit inside main): editorial principles, project, register sources, edition and licence. -->
  <xsl:template name="es:about" as="element(section)?">
    <xsl:param name="docs" as="document-node()*"/>
    <xsl:variable name="principles" as="element()*" select="$docs ! es:facts(.)?principles"/>
    <xsl:variable name="projects" as="element()*" select="$docs ! es:facts(.)?projects"/>
    <xsl:variable name="register-header" as="element(tei:teiHeader)?" select="$editio:register ! ep:header(.)"/>
    <xsl:variable name="edition" as="map(xs:string, xs:string)?" select="$editio:register ! editio:edition(.)"/>
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="$editio:register ! editio:licence(.)"/>
    <xsl:if test="exists(($principles, $projects, $register-header))">
      <section class="about" aria-labelledby="about-heading">
        <h2 id="about-heading" class="section-heading">About this edition</h2>
        <xsl:if test="exists($projects)">
          <section class="about-part" aria-labelledby="about-project">
            <h3 id="about-project">The project</h3>
            <xsl:call-template name="es:header-prose">
              <xsl:with-param name="sections" select="$projects"/>
              <xsl:with-param name="all" select="$docs"/>
            </xsl:call-template>
          </section>
        </xsl:if>
        <xsl:if test="exists($principles)">
          <section class="about-part" aria-labelledby="about-principles">
            <h3 id="about-principles">Editorial principles and encoding</h3>
            <xsl:call-template name="es:header-prose">
              <xsl:with-param name="sections" select="$principles"/>
              <xsl:with-param name="all" select="$docs"/>
            </xsl:call-template>
          </section>
        </xsl:if>
        <xsl:if test="$register-header/tei:fileDesc/tei:sourceDesc[normalize-space() ne '']">
          <section class="about-part" aria-labelledby="about-register">
            <h3 id="about-register">The register</h3>
            <div class="prose">
              <xsl:apply-templates select="$register-header/tei:fileDesc/tei:sourceDesc/node()" mode="es:prose"/>
            </div>
          </section>
        </xsl:if>
        <xsl:if test="exists($edition) or exists($licence) or editio:config('edition-version') ne ''">
          <section class="about-part" aria-labelledby="about-edition">
            <h3 id="about-edition">Edition</h3>
            <dl class="about-facts">
              <xsl:if test="exists($edition) or editio:config('edition-version') ne ''">
                <dt>Version</dt>
                <dd>
                  <xsl:value-of select="(editio:config('edition-version')[. ne ''], $edition?version)[1]"/>
                  <xsl:if test="editio:config('edition-date') ne ''">
                    <xsl:text>, </xsl:text>
                    <time datetime="{editio:config('edition-date')}"><xsl:value-of select="es:format-date(editio:config('edition-date'))"/></time>
                  </xsl:if>
                </dd>
              </xsl:if>
              <xsl:if test="exists($register-header) and editio:publisher($editio:register)">
                <dt>Publisher</dt>
                <dd><xsl:value-of select="editio:publisher($editio:register)"/></dd>
              </xsl:if>
              <xsl:if test="exists($licence)">
                <dt>Licence</dt>
                <dd>
                  <xsl:choose>
                    <xsl:when test="$licence?url ne ''"><a href="{$licence?url}"><xsl:value-of select="$licence?text"/></a></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$licence?text"/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:text> </xsl:text>
                  <span class="field-note">Documents may state their own terms: see each document's licence.</span>
                </dd>
              </xsl:if>
            </dl>
          </section>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Header sections of several documents: identical texts once; a text that only some documents carry
       says which ones. -->
  <xsl:template name="es:header-prose" as="element()*">
    <xsl:param name="sections" as="element()*"/>
    <xsl:param name="all" as="document-node()*"/>
    <xsl:for-each-group select="$sections" group-by="normalize-space(.)">
      <div class="prose">
        <xsl:if test="count(current-group()) lt count($all)">
          <p class="prose-scope">
            <xsl:text>For </xsl:text>
            <xsl:for-each select="current-group()">
              <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
              <a href="{editio:safe-url(encode-for-uri(es:facts(root(.))?id) || '.html')}"><xsl:value-of select="es:facts(root(.))?title"/></a>
            </xsl:for-each>
            <xsl:text>:</xsl:text>
          </p>
        </xsl:if>
        <xsl:apply-templates select="current-group()[1]/node()" mode="es:prose"/>
      </div>
    </xsl:for-each-group>
  </xsl:template>

</xsl:stylesheet>
