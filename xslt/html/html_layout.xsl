<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chrome every HTML page of the site shares (document pages, register, index): serialisation, <head>
  with the Content-Security-Policy, the site header and footer. All links are relative and come from
  the configuration map; nothing is loaded from another host.
  Mirrors nothing in fo/: no fo_layout.xsl exists. Its FO equivalent (serialisation, page masters,
  running head and page numbers) lives in fo/fo_page.xsl, which frames documents and the register alike.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- HTML5, UTF-8; the charset <meta> is written by ep:head, so Saxon must not add its own. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- The Content-Security-Policy of every page: only the site's own files, no inline script or style,
       nothing from other hosts. -->
  <xsl:variable name="ep:csp" as="xs:string"
    select="&quot;default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'&quot;"/>

  <!-- A configured link (index-href, register-href, …) as a safe relative href; () when empty or refused. Once
       per key and page (cache). -->
  <xsl:function name="ep:config-href" as="xs:string?" cache="yes">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="editio:safe-url(editio:config($key))[. ne '']"/>
  </xsl:function>

  <!-- The <head> of a page: charset, CSP, viewport, title, description, the stylesheets of the edition and
       of the site (every page links both), then $extra. -->
  <xsl:template name="ep:head" as="element(head)">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="description" as="xs:string?" select="()"/>
    <xsl:param name="extra" as="node()*" select="()"/>
    <head>
      <xsl:call-template name="ep:head-start">
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="description" select="$description"/>
      </xsl:call-template>
      <xsl:sequence select="$extra"/>
    </head>
  </xsl:template>

  <!-- What every <head> begins with (ep:head); a document page writes the rest of its head itself, straight
       to the page (html_page.xsl), instead of passing it as $extra, a tree of its own to be copied. -->
  <xsl:template name="ep:head-start" as="element()+">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="description" as="xs:string?" select="()"/>
    <meta charset="UTF-8"/>
    <meta http-equiv="Content-Security-Policy" content="{$ep:csp}"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>
      <xsl:value-of select="string-join(($title, editio:config('edition-title'))[. ne ''], ' — ')"/>
    </title>
    <xsl:if test="$description">
      <meta name="description" content="{$description}"/>
    </xsl:if>
    <link rel="stylesheet" href="{ep:asset-href('editio.css')}"/>
    <link rel="stylesheet" href="{ep:asset-href('site.css')}"/>
    <!-- Without an icon, browsers ask for /favicon.ico and log a 404. -->
    <link rel="icon" href="{ep:asset-href('favicon.svg')}" type="image/svg+xml"/>
  </xsl:template>

  <!-- The href of a file in the assets folder (config assets-href + name). -->
  <xsl:function name="ep:asset-href" as="xs:string?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="editio:safe-url(editio:config('assets-href') || $name)"/>
  </xsl:function>

  <!-- The site header: skip link, edition title linking to the index, navigation. -->
  <xsl:template name="ep:site-header" as="element()+">
    <xsl:param name="current" as="xs:string" select="''"/>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <div class="site-header-inner">
        <p class="edition-title">
          <xsl:choose>
            <xsl:when test="ep:config-href('index-href') and $current ne 'index'">
              <a href="{ep:config-href('index-href')}" rel="home"><xsl:value-of select="editio:config('edition-title')"/></a>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="editio:config('edition-title')"/>
            </xsl:otherwise>
          </xsl:choose>
        </p>
        <nav class="site-nav" aria-label="Edition">
          <ul>
            <xsl:for-each select="('index-href', 'register-href', 'guidelines-href', 'search-href')">
              <xsl:variable name="href" as="xs:string?" select="ep:config-href(.)"/>
              <xsl:variable name="key" as="xs:string" select="substring-before(., '-href')"/>
              <xsl:if test="$href">
                <li>
                  <a href="{$href}">
                    <xsl:if test="$key eq $current">
                      <xsl:attribute name="aria-current" select="'page'"/>
                    </xsl:if>
                    <xsl:value-of select="map { 'index': 'Documents', 'register': 'Register', 'guidelines': 'Guidelines', 'search': 'Search' }($key)"/>
                  </a>
                </li>
              </xsl:if>
            </xsl:for-each>
          </ul>
        </nav>
      </div>
    </header>
  </xsl:template>

  <!-- The site footer: edition name, version and date (from the configuration, never the clock). -->
  <xsl:template name="ep:site-footer" as="element(footer)">
    <xsl:variable name="date" as="xs:string" select="editio:config('edition-date')"/>
    <footer class="site-footer">
      <p class="edition-version">
        <xsl:value-of select="editio:config('edition-title')"/>
        <xsl:if test="editio:config('edition-version') ne ''">
          <xsl:value-of select="', version ' || editio:config('edition-version')"/>
        </xsl:if>
        <xsl:if test="$date ne ''">
          <xsl:text>, </xsl:text>
          <time datetime="{$date}"><xsl:value-of select="editio:format-date($date)"/></time>
        </xsl:if>
        <xsl:text>. Published with Editio.</xsl:text>
      </p>
    </footer>
  </xsl:template>

</xsl:stylesheet>
