<?xml version="1.0" encoding="UTF-8"?>
<!--
  Scaffolding shared by the site pages of index.xsl (home, search, volume contents, 404): one template
  that frames a page in the shared layout (html_layout.xsl: ep:head, ep:site-header, ep:site-footer),
  a finishing pass over the framed page, and a small renderer for the prose of TEI headers
  (editorialDecl, projectDesc, sourceDesc), which index.xsl cannot hand to html_text.xsl (that module
  belongs to html.xsl). Mirrors nothing in fo/: these pages exist only on the site.

  Private names of the site pages use the prefix es: (urn:editio:site), so that they cannot clash with
  the ep: names of the document page modules.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  exclude-result-prefixes="#all">

  <!-- The stylesheet of the site pages, linked after editio.css. -->
  <xsl:variable name="es:site-css" as="xs:string" select="'site.css'"/>

  <!-- The site's icon, in the assets folder. -->
  <xsl:variable name="es:favicon" as="xs:string" select="'favicon.svg'"/>

  <!-- A site page: the layout's head, header and footer around $content, then the finishing pass.
       $scripts are file names in the assets folder, loaded at the end of the body ($module: as ES modules).
       $csp-search widens the page's Content-Security-Policy for Pagefind (see es:search-csp). -->
  <xsl:template name="es:page" as="document-node()">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="description" as="xs:string?" select="()"/>
    <xsl:param name="body-class" as="xs:string" required="yes"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="lang" as="xs:string" select="'en'"/>
    <xsl:param name="content" as="element()*" required="yes"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="module" as="xs:boolean" select="false()"/>
    <xsl:param name="csp-search" as="xs:boolean" select="false()"/>
    <xsl:variable name="framed" as="element(html)">
      <html lang="{$lang}">
        <xsl:call-template name="ep:head">
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="description" select="$description"/>
        </xsl:call-template>
        <body class="{$body-class}">
          <xsl:call-template name="ep:site-header">
            <xsl:with-param name="current" select="$current"/>
          </xsl:call-template>
          <main id="main">
            <xsl:sequence select="$content"/>
          </main>
          <xsl:call-template name="ep:site-footer"/>
          <xsl:for-each select="$scripts">
            <script src="{editio:safe-url(editio:config('assets-href') || .)}">
              <xsl:if test="$module">
                <xsl:attribute name="type" select="'module'"/>
              </xsl:if>
            </script>
          </xsl:for-each>
        </body>
      </html>
    </xsl:variable>
    <xsl:document>
      <xsl:apply-templates select="$framed" mode="es:finish">
        <xsl:with-param name="csp-search" select="$csp-search" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:document>
  </xsl:template>

  <!-- The finishing pass over a framed site page: a copy, except for the head (see below). -->
  <xsl:mode name="es:finish" on-no-match="shallow-copy"/>

  <!-- The head: links site.css after the layout's stylesheets, and the icon (without one, browsers ask
       for /favicon.ico and log a 404 error), unless the layout already does.
       TODO(layout): once ep:head links site.css and the icon on every page, this rule only copies. -->
  <xsl:template match="head" mode="es:finish" as="element(head)">
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="#current"/>
      <xsl:if test="not(link[@rel = 'stylesheet'][tokenize(@href, '/')[last()] = $es:site-css])">
        <link rel="stylesheet" href="{editio:safe-url(editio:config('assets-href') || $es:site-css)}"/>
      </xsl:if>
      <xsl:if test="not(link[tokenize(@rel, ' ') = 'icon'])">
        <link rel="icon" href="{editio:safe-url(editio:config('assets-href') || $es:favicon)}" type="image/svg+xml"/>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <!-- The search page's policy: Pagefind fetches its index (connect-src), compiles WebAssembly
       ('wasm-unsafe-eval') and the search form submits to the page itself (form-action).
       TODO(layout): ep:head could take the policy (or these additions) as a parameter. -->
  <xsl:template match="meta[lower-case(@http-equiv) = 'content-security-policy']/@content" mode="es:finish" as="attribute()">
    <xsl:param name="csp-search" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:attribute name="content" select="if ($csp-search) then es:search-csp(.) else string(.)"/>
  </xsl:template>

  <!-- The layout's policy with what Pagefind needs: script-src + 'wasm-unsafe-eval', connect-src 'self',
       worker-src 'self', form-action 'self'; every other directive unchanged. -->
  <xsl:function name="es:search-csp" as="xs:string">
    <xsl:param name="csp" as="xs:string"/>
    <xsl:variable name="directives" as="xs:string*" select="tokenize($csp, ';') ! normalize-space(.)[. ne '']"/>
    <xsl:variable name="names" as="xs:string*" select="$directives ! tokenize(., ' ')[1]"/>
    <xsl:variable name="changed" as="xs:string*" select="
      for $d in $directives return
      let $name := tokenize($d, ' ')[1]
      return if ($name eq 'script-src' and not(contains($d, 'wasm-unsafe-eval'))) then $d || ' ''wasm-unsafe-eval'''
             else if ($name eq 'form-action') then 'form-action ''self'''
             else $d"/>
    <xsl:sequence select="string-join(($changed,
                            ('connect-src ''self''')[not($names = 'connect-src')],
                            ('worker-src ''self''')[not($names = 'worker-src')],
                            ('form-action ''self''')[not($names = 'form-action')]), '; ')"/>
  </xsl:function>

  <!-- Relative href of a page of the site from a configuration key, falling back to a default file name. -->
  <xsl:function name="es:href" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="default" as="xs:string"/>
    <xsl:sequence select="(editio:safe-url(editio:config($key))[. ne ''], $default)[1]"/>
  </xsl:function>

  <!-- ===================================================================================================
       Header prose (editorialDecl, projectDesc, sourceDesc …) as HTML: paragraphs, lists, links, element
       and attribute names; anything else contributes its text. Nothing is dropped.
       =================================================================================================== -->

  <!-- Renders TEI header prose; elements without a rule give their content. -->
  <xsl:mode name="es:prose" on-no-match="text-only-copy"/>

  <!-- Paragraph-level containers become paragraphs (a container of paragraphs only passes them on). -->
  <xsl:template match="tei:p | tei:ab" mode="es:prose" as="element()*">
    <xsl:choose>
      <xsl:when test="tei:list">
        <!-- HTML forbids a list inside <p>: split the paragraph at its lists. -->
        <xsl:for-each-group select="node()" group-adjacent="exists(self::tei:list)">
          <xsl:choose>
            <xsl:when test="current-grouping-key()">
              <xsl:apply-templates select="current-group()" mode="#current"/>
            </xsl:when>
            <xsl:when test="normalize-space(string-join(current-group() ! string(.), '')) ne ''">
              <p><xsl:apply-templates select="current-group()" mode="#current"/></p>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:apply-templates mode="#current"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A list with its non-empty items; a list whose items are all empty is said to be so (it would
       otherwise leave its introduction dangling). -->
  <xsl:template match="tei:list" mode="es:prose" as="element()">
    <xsl:choose>
      <xsl:when test="tei:item[normalize-space() ne '']">
        <ul><xsl:apply-templates select="tei:item[normalize-space() ne '']" mode="#current"/></ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="prose-empty">(The list is empty in the TEI header.)</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A list item. -->
  <xsl:template match="tei:item" mode="es:prose" as="element(li)">
    <li><xsl:apply-templates mode="#current"/></li>
  </xsl:template>

  <!-- A heading inside header prose: a short bold run-in. -->
  <xsl:template match="tei:head" mode="es:prose" as="element(p)">
    <p class="prose-head"><xsl:apply-templates mode="#current"/></p>
  </xsl:template>

  <!-- Element names: <name>. -->
  <xsl:template match="tei:gi" mode="es:prose" as="element(code)">
    <code><xsl:value-of select="'&lt;' || normalize-space() || '&gt;'"/></code>
  </xsl:template>

  <!-- Attribute names: @name. -->
  <xsl:template match="tei:att" mode="es:prose" as="element(code)">
    <code><xsl:value-of select="'@' || normalize-space()"/></code>
  </xsl:template>

  <!-- Titles and emphasis in italics. -->
  <xsl:template match="tei:title | tei:emph | tei:foreign | tei:hi[contains(@rend, 'italic')]" mode="es:prose" as="element(i)">
    <i><xsl:apply-templates mode="#current"/></i>
  </xsl:template>

  <!-- Quotations in quotation marks. -->
  <xsl:template match="tei:q | tei:quote" mode="es:prose" as="item()*">
    <xsl:text>“</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>”</xsl:text>
  </xsl:template>

  <!-- Links through the allow-list; a refused URL leaves its text. -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]" mode="es:prose" as="item()*">
    <xsl:variable name="href" as="xs:string?" select="editio:safe-url(tokenize(normalize-space(@target), ' ')[1])[not(starts-with(., '#'))]"/>
    <xsl:choose>
      <xsl:when test="exists($href)">
        <a href="{$href}"><xsl:apply-templates mode="#current"/><xsl:if test="self::tei:ptr"><xsl:value-of select="$href"/></xsl:if></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="#current"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A choice shows its preferred reading (as on the document pages). -->
  <xsl:template match="tei:choice" mode="es:prose" as="item()*">
    <xsl:apply-templates select="editio:choice-shown(.)" mode="#current"/>
  </xsl:template>

  <!-- Editorial metadata and notes carry no running text here. -->
  <xsl:template match="tei:certainty | tei:respons | tei:precision | tei:note" mode="es:prose" as="empty-sequence()"/>

  <!-- ===================================================================================================
       Small helpers of the listings
       =================================================================================================== -->

  <!-- A date for display, tolerant of dateTime values ('1952-01-22T23:22:00' → '22 January 1952'). -->
  <xsl:function name="es:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="editio:format-date(replace($iso, 'T[^\n\r]*\z', '', ';j'))"/>
  </xsl:function>

</xsl:stylesheet>
