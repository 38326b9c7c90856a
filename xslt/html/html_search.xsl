<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search page (initial template Q{urn:editio}search → search.html): a plain GET form to the page
  itself (q, person, place, type, from, to), so that every search is a link; assets/search.js (an ES
  module) runs the query through Pagefind's JS API (pagefind/pagefind.js, built by Java after the pages),
  fills the person / place / type choices from pagefind.filters() and shows the results. Without
  JavaScript a notice says that search needs it. The page's CSP is widened for Pagefind only here
  (html_site.xsl, es:search-csp). Mirrors nothing in fo/.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  exclude-result-prefixes="#all">

  <!-- The Pagefind filters offered as choices, with their labels (names as on the document pages). -->
  <xsl:variable name="es:search-filters" as="map(xs:string, xs:string)*"
    select="map { 'name': 'person', 'label': 'Person' },
            map { 'name': 'place', 'label': 'Place' },
            map { 'name': 'type', 'label': 'Document type' }"/>

  <!-- The search page. -->
  <xsl:template name="editio:search" as="document-node()">
    <xsl:variable name="self" as="xs:string" select="es:href('search-href', 'search.html')"/>
    <xsl:call-template name="es:page">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="description" select="'Search the full text of the documents of ' || editio:config('edition-title') || ', by person, place, document type and date.'"/>
      <xsl:with-param name="body-class" select="'page-search page-site'"/>
      <xsl:with-param name="current" select="'search'"/>
      <xsl:with-param name="scripts" select="'search.js'"/>
      <xsl:with-param name="module" select="true()"/>
      <xsl:with-param name="csp-search" select="true()"/>
      <xsl:with-param name="content" as="element()*">
        <header class="document-header">
          <h1 id="search-title">Search the documents</h1>
          <p class="lead">Full text of every document, with its metadata. Narrow the results by person, place,
            document type and date.</p>
        </header>
        <noscript>
          <p class="notice">Searching needs JavaScript, which is switched off in this browser. Every document is
            listed on the <a href="{es:href('index-href', 'index.html')}">home page</a><xsl:if test="ep:config-href('register-href')">, and every person, place
            and organisation in the <a href="{ep:config-href('register-href')}">register</a>, with the
            passages that mention them</xsl:if>.</p>
        </noscript>
        <form class="search-form" id="search-form" role="search" aria-label="Search the documents"
              action="{$self}" method="get">
          <div class="search-query">
            <label for="search-q">Words to find</label>
            <div class="search-query-row">
              <input type="search" id="search-q" name="q" autocomplete="off" spellcheck="false"/>
              <button type="submit" class="button-primary">Search</button>
            </div>
            <p class="field-hint" id="search-hint">Finds words in any form (English, German, Russian …). Several
              words: documents with all of them.</p>
          </div>
          <fieldset class="search-filters">
            <legend>Narrow the results</legend>
            <xsl:for-each select="$es:search-filters">
              <div class="filter-field">
                <label for="search-{?name}"><xsl:value-of select="?label"/></label>
                <select id="search-{?name}" name="{?name}" data-filter="{?name}">
                  <option value="">Any</option>
                </select>
              </div>
            </xsl:for-each>
            <div class="filter-field filter-dates">
              <label for="search-from">From date</label>
              <input type="date" id="search-from" name="from"/>
            </div>
            <div class="filter-field filter-dates">
              <label for="search-to">To date</label>
              <input type="date" id="search-to" name="to"/>
            </div>
            <div class="filter-actions">
              <a class="button-secondary" href="{$self}">Clear all</a>
            </div>
          </fieldset>
        </form>
        <section class="search-results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="section-heading">Results</h2>
          <p class="search-status" id="search-status" role="status" aria-live="polite">Enter words to find, or choose a filter.</p>
          <ol class="result-list" id="result-list"></ol>
          <p class="search-more"><button type="button" class="button-secondary" id="search-more" hidden="hidden">Show more results</button></p>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
