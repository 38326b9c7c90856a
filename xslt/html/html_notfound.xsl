<?xml version="1.0" encoding="UTF-8"?>
<!--
  The 404 page (initial template Q{urn:editio}not-found → 404.html): says what happened and where to go
  on: the home page with every document, the search, the register. Hosts serve it for any missing path,
  at any depth; its links are relative to the site root like every page's, so they hold when the host
  serves it from the root (the usual case) and the page still explains itself when they do not.
  Mirrors nothing in fo/.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  exclude-result-prefixes="#all">

  <!-- The 404 page. -->
  <xsl:template name="editio:not-found" as="document-node()">
    <xsl:call-template name="es:page">
      <xsl:with-param name="title" select="'Page not found'"/>
      <xsl:with-param name="body-class" select="'page-not-found page-site'"/>
      <xsl:with-param name="content" as="element()*">
        <article class="not-found" aria-labelledby="nf-title">
          <header class="document-header">
            <p class="document-kind">Error 404</p>
            <h1 id="nf-title">Page not found</h1>
            <p class="lead">There is no page at this address. It may have been mistyped, or the link that led
              here may be out of date.</p>
          </header>
          <h2 class="section-heading">Where to go from here</h2>
          <ul class="nf-links">
            <li>
              <a href="{es:href('index-href', 'index.html')}">Home page</a>
              <span class="nf-hint">every document of the edition in date order, with summaries</span>
            </li>
            <li>
              <a href="{es:href('search-href', 'search.html')}">Search</a>
              <span class="nf-hint">the full text, by person, place, document type and date</span>
            </li>
            <xsl:if test="ep:config-href('register-href')">
              <li>
                <a href="{ep:config-href('register-href')}">Register</a>
                <span class="nf-hint">persons, places and organisations, with the passages that name them</span>
              </li>
            </xsl:if>
          </ul>
          <p class="nf-cite">Citing a document? Its address is its identifier followed by <code>.html</code>, for
            example the one given in its “How to cite” section.</p>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
