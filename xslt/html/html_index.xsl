<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's index page (no FO counterpart): edition title, a short description, the documents in date
  order (undated last, then by title) with date, linked title, sender → recipient, summary and PDF link,
  and a link to the register. Called as the initial template Q{urn:editio}index.
  Mirrors nothing in fo/: the index exists only on the site (index.xsl), and no PDF is made of it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The index page. -->
  <xsl:template name="editio:index" as="document-node()">
    <xsl:variable name="docs" as="document-node()*">
      <xsl:perform-sort select="$editio:documents">
        <xsl:sort select="empty(editio:date(.))"/>
        <xsl:sort select="string(editio:date(.))"/>
        <xsl:sort select="editio:title(.)" lang="en"/>
        <xsl:sort select="editio:document-id(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:document>
      <html lang="en">
        <xsl:call-template name="ep:head">
          <xsl:with-param name="title" select="'Documents'"/>
          <xsl:with-param name="description" select="'An edition of ' || count($docs) || ' documents in TEI-XML, with HTML and PDF.'"/>
        </xsl:call-template>
        <body class="page-index">
          <xsl:call-template name="ep:site-header">
            <xsl:with-param name="current" select="'index'"/>
          </xsl:call-template>
          <main id="main">
            <article class="index" aria-labelledby="index-title">
              <header class="document-header">
                <h1 id="index-title"><xsl:value-of select="editio:config('edition-title')"/></h1>
                <p class="lead">
                  <xsl:value-of select="'A digital edition of ' || count($docs) || (if (count($docs) eq 1) then ' document' else ' documents')
                                        || ', each published as a reading page, a PDF and its TEI-XML source. Persons, places and organisations named in the documents are listed in the '"/>
                  <xsl:choose>
                    <xsl:when test="ep:config-href('register-href')"><a href="{ep:config-href('register-href')}">register</a></xsl:when>
                    <xsl:otherwise>register</xsl:otherwise>
                  </xsl:choose>
                  <xsl:text>.</xsl:text>
                </p>
              </header>
              <section aria-labelledby="documents-heading">
                <h2 id="documents-heading" class="section-heading">Documents in date order</h2>
                <ol class="document-list">
                  <xsl:apply-templates select="$docs" mode="ep:index-entry"/>
                </ol>
              </section>
            </article>
          </main>
          <xsl:call-template name="ep:site-footer"/>
        </body>
      </html>
    </xsl:document>
  </xsl:template>

  <!-- Renders one published document as an entry of the index list; only document nodes are applied in it. -->
  <xsl:mode name="ep:index-entry" on-no-match="fail"/>

  <!-- One document in the index list: date, linked title, correspondents, summary, PDF link. -->
  <xsl:template match="document-node()" mode="ep:index-entry" as="element(li)">
    <xsl:variable name="id" as="xs:string" select="editio:document-id(.)"/>
    <li class="document-entry" id="doc-{$id}">
      <p class="entry-date">
        <xsl:choose>
          <xsl:when test="editio:date(.)">
            <time datetime="{editio:date(.)}"><xsl:value-of select="editio:date-display(.)"/></time>
          </xsl:when>
          <xsl:otherwise>Undated</xsl:otherwise>
        </xsl:choose>
      </p>
      <h3 class="entry-title"><a href="{editio:safe-url($id || '.html')}"><xsl:value-of select="editio:title(.)"/></a></h3>
      <xsl:if test="editio:correspondents-text(.) ne ''">
        <p class="entry-correspondents"><xsl:value-of select="editio:correspondents-text(.)"/></p>
      </xsl:if>
      <xsl:if test="editio:summary-text(.) ne ''">
        <p class="entry-summary"><xsl:value-of select="editio:summary-text(.)"/></p>
      </xsl:if>
      <ul class="downloads">
        <li><a class="download" href="{editio:safe-url('pdf/' || $id || '.pdf')}" type="application/pdf">PDF</a></li>
      </ul>
    </li>
  </xsl:template>

</xsl:stylesheet>
