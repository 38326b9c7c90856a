<?xml version="1.0" encoding="UTF-8"?>
<!--
  The register (mirrors fo/fo_register.xsl). Two outputs:
  1. register.html: the register's body (listPerson, listPlace, listOrg) as sections Persons, Places,
     Organisations; each entry carries its xml:id as HTML id, so that the {register-href}#ID links of the
     documents land on it, and links on to its own page with the number of documents that name it.
  2. register/{xml:id}.html, one page per entry (xsl:result-document): every document and every passage
     of $editio:documents that refers to the entry, with the kind of reference:
       - a name or other element whose @ref / @corresp / @scribeRef / @who is register.xml#ID,
       - in the distribution list (opener seg[@type='distribution']),
       - in a margin note or an editorial note,
       - an annotation in the entry's hand (@hand → handNote/@scribeRef = register.xml#ID),
       - in the header: sender, recipient, the description of a hand.
     Each passage is the paragraph / item / note / opener part holding the reference, with the reference
     marked, linked to {docid}.html#{anchor} (anchor: the nearest @xml:id, which the document page keeps as
     HTML id). Passages of a volume part link to {volume-id}{$es:reg-part-separator}{div/@xml:id}.html.
     An entry page is framed by the shared layout like register.html; since it lives one folder down,
     every relative link of the framed page is rebased with '../' (mode es:rebase).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  exclude-result-prefixes="#all">

  <!-- The folder of the entry pages, relative to the site root. -->
  <xsl:variable name="es:entry-folder" as="xs:string" select="'register/'"/>

  <!-- Between a volume's id and a part's id in a part page's name (as in html_volume.xsl). -->
  <xsl:variable name="es:reg-part-separator" as="xs:string" select="'--'"/>

  <!-- Section headings of the register lists, by list element. -->
  <xsl:function name="ep:register-heading" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="(normalize-space($list/tei:head[1])[. ne ''],
                           if ($list/self::tei:listPerson) then 'Persons'
                           else if ($list/self::tei:listPlace) then 'Places'
                           else 'Organisations')[1]"/>
  </xsl:function>

  <!-- The kind of a register entry, singular: 'Person', 'Place', 'Organisation'. -->
  <xsl:function name="es:entry-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if ($entry/self::tei:person or $entry/self::tei:personGrp) then 'Person'
                          else if ($entry/self::tei:place) then 'Place'
                          else if ($entry/self::tei:org) then 'Organisation'
                          else 'Entry'"/>
  </xsl:function>

  <!-- The page of one register entry, relative to the site root. -->
  <xsl:function name="es:entry-href" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$es:entry-folder || encode-for-uri($id) || '.html'"/>
  </xsl:function>

  <!-- The register page. Context: the document node of the register. Writes the entry pages as well. -->
  <xsl:template name="ep:register-page" as="element(article)">
    <article class="register" aria-labelledby="document-title">
      <header class="document-header">
        <h1 id="document-title"><xsl:value-of select="editio:title(.)"/></h1>
        <xsl:for-each select="tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:p">
          <p class="lead"><xsl:apply-templates mode="editio:text"/></p>
        </xsl:for-each>
        <p class="register-howto">Each name leads to its own page, which lists every document and passage that refers to it.</p>
      </header>
      <xsl:variable name="lists" as="element()*" select="tei:TEI/tei:text/tei:body/*[editio:behaviour(.) = 'register-list']"/>
      <xsl:if test="count($lists) gt 1">
        <nav class="register-toc" aria-label="Register sections">
          <ul>
            <xsl:for-each select="$lists">
              <li><a href="#{ep:register-section-id(.)}"><xsl:value-of select="ep:register-heading(.)"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
      </xsl:if>
      <xsl:apply-templates select="tei:TEI/tei:text" mode="editio:text"/>
      <xsl:call-template name="ep:register-colophon"/>
    </article>
    <xsl:call-template name="es:entry-pages"/>
  </xsl:template>

  <!-- The HTML id of a register section: its @xml:id, else 'section-persons' / … (+ position). -->
  <xsl:function name="ep:register-section-id" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:variable name="same" as="element()*" select="$list/preceding-sibling::*[node-name() eq node-name($list)]"/>
    <xsl:sequence select="if ($list/@xml:id) then string($list/@xml:id)
                          else 'section-' || lower-case(ep:register-heading($list)) || (if ($same) then '-' || count($same) + 1 else '')"/>
  </xsl:function>

  <!-- register-list: a section with its heading and the entries, in source order. -->
  <xsl:template _match="{$editio:match('register-list')}" mode="editio:text" priority="2" as="element(section)">
    <section class="register-section tei-{local-name()}" id="{ep:register-section-id(.)}">
      <h2 class="section-heading"><xsl:value-of select="ep:register-heading(.)"/></h2>
      <ul class="register-entries">
        <xsl:apply-templates select="* except tei:head" mode="#current"/>
      </ul>
    </section>
  </xsl:template>

  <!-- register-entry: id, regularised name (linked to the entry's page), variant names, how many documents
       refer to it; other content (notes, etc.) rendered after. -->
  <xsl:template _match="{$editio:match('register-entry')}" mode="editio:text" priority="2" as="element(li)">
    <xsl:variable name="variants" as="xs:string*" select="editio:entry-variants(.)"/>
    <xsl:variable name="docs" as="xs:integer" select="count(es:mentioning-documents(string(@xml:id)))"/>
    <li class="register-entry tei-{local-name()}">
      <xsl:choose>
        <xsl:when test="@xml:id">
          <xsl:attribute name="id" select="@xml:id"/>
          <a class="entry-name" href="{es:entry-href(@xml:id)}"><xsl:value-of select="editio:entry-name(.)"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="entry-name"><xsl:value-of select="editio:entry-name(.)"/></span>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="exists($variants)">
        <span class="entry-variants">
          <xsl:value-of select="' also ' || string-join($variants, '; ')"/>
        </span>
      </xsl:if>
      <xsl:if test="@xml:id">
        <span class="entry-count">
          <xsl:value-of select="if ($docs eq 0) then 'no document' else if ($docs eq 1) then '1 document' else $docs || ' documents'"/>
        </span>
      </xsl:if>
      <xsl:apply-templates select="* except (tei:persName | tei:placeName | tei:orgName | tei:name)" mode="#current"/>
    </li>
  </xsl:template>

  <!-- The register's licence and edition statement, below the lists. -->
  <xsl:template name="ep:register-colophon" as="element(footer)?">
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="editio:licence(.)"/>
    <xsl:variable name="edition" as="map(xs:string, xs:string)?" select="editio:edition(.)"/>
    <xsl:if test="exists($licence) or exists($edition)">
      <footer class="colophon">
        <xsl:if test="exists($edition)"><p><xsl:value-of select="$edition?text"/></p></xsl:if>
        <xsl:if test="exists($licence)">
          <p>
            <xsl:value-of select="'Licence: ' || $licence?text"/>
            <xsl:if test="$licence?url ne ''">
              <xsl:text> </xsl:text>
              <a href="{$licence?url}" class="url"><xsl:value-of select="$licence?url"/></a>
            </xsl:if>
          </p>
        </xsl:if>
        <xsl:call-template name="ep:downloads">
          <xsl:with-param name="cite" select="false()"/>
        </xsl:call-template>
      </footer>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================================================
       References from the documents
       =================================================================================================== -->

  <!-- The register ids an element refers to: register.xml#ID tokens of @ref, @corresp, @scribeRef, @who;
       for an element written in a hand (@hand), the hand's handNote/@scribeRef. -->
  <xsl:function name="es:referred-ids" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="distinct-values((
        for $a in $e/(@ref | @corresp | @scribeRef | @who), $t in tokenize(normalize-space($a), ' ')
        return editio:register-id($t),
        es:hand-ids($e)))"/>
  </xsl:function>

  <!-- The register ids of the hand an element is written in (@hand → handNote/@scribeRef). -->
  <xsl:function name="es:hand-ids" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@hand) then
                            for $t in tokenize(normalize-space(editio:hand-note($e)/@scribeRef), ' ') return editio:register-id($t)
                          else ()"/>
  </xsl:function>

  <!-- Every referring element of the published documents, by register id. Built once per transformation. -->
  <xsl:variable name="es:references" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$editio:documents//*[@ref or @corresp or @scribeRef or @who or @hand]"
                          group-by="es:referred-ids(.)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The documents (in the order of $editio:documents, i.e. by date) that refer to an entry. -->
  <xsl:function name="es:mentioning-documents" as="document-node()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="refs" as="element()*" select="$es:references($id)"/>
    <xsl:sequence select="$editio:documents[some $r in $refs satisfies root($r) is .]"/>
  </xsl:function>

  <!-- The passage a reference belongs to: in the header the correspAction / handNote holding it; else the
       nearest block (p, item, note, opener part, dateline, …). -->
  <xsl:function name="es:passage" as="element()">
    <xsl:param name="ref" as="element()"/>
    <xsl:sequence select="($ref/ancestor-or-self::*[self::tei:correspAction or self::tei:handNote][ancestor::tei:teiHeader][last()],
                           $ref/ancestor-or-self::*[self::tei:p or self::tei:ab or self::tei:item or self::tei:note
                              or self::tei:seg[@type = ('classification', 'distribution', 'handling')]
                              or self::tei:head or self::tei:dateline or self::tei:salute or self::tei:signed
                              or self::tei:closer or self::tei:l or self::tei:sp or self::tei:label
                              or self::tei:correspAction or self::tei:handNote][1], $ref)[1]"/>
  </xsl:function>

  <!-- The fragment id of a passage on its page: the nearest @xml:id in the text or standOff (the page keeps
       it as HTML id); () in the header, or when it is the part the page shows. -->
  <xsl:function name="es:anchor" as="xs:string?">
    <xsl:param name="passage" as="element()"/>
    <xsl:variable name="a" as="element()?"
      select="$passage/ancestor-or-self::*[@xml:id][ancestor::tei:text or ancestor::tei:standOff][1]"/>
    <xsl:sequence select="$a[not(. is es:part($passage))]/@xml:id/string()"/>
  </xsl:function>

  <!-- The volume part (div[@type='document'] of a file holding several) a node lies in; () otherwise. -->
  <xsl:function name="es:part" as="element(tei:div)?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="div" as="element(tei:div)?" select="$n/ancestor-or-self::tei:div[@type = 'document'][@xml:id][1]"/>
    <xsl:sequence select="$div[count(root($n)//tei:text//tei:div[@type = 'document']) gt 1]"/>
  </xsl:function>

  <!-- The page (site-root relative) showing a node: {docid}.html, or the part page of a volume. -->
  <xsl:function name="es:page-of" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="part" as="element(tei:div)?" select="es:part($n)"/>
    <xsl:sequence select="encode-for-uri(editio:document-id($n) || (if ($part) then $es:reg-part-separator || $part/@xml:id else ''))
                          || '.html'"/>
  </xsl:function>

  <!-- What a passage is, for the reader: 'Point 3', 'Margin note b', 'Distribution list', 'Sender', … -->
  <xsl:function name="es:passage-label" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:choose>
      <xsl:when test="$p/self::tei:note and editio:is-margin-note($p)">
        <xsl:sequence select="'Margin note ' || editio:margin-note-label($p)
                              || (editio:note-hand($p) ! (', in the hand of ' || .))
                              || (if (exists(editio:note-targets($p)) and not(editio:is-top-note($p)))
                                  then ', beside ' || editio:targets-label($p)
                                  else if (editio:is-top-note($p)) then ', at the top' else '')"/>
      </xsl:when>
      <xsl:when test="$p/self::tei:note">
        <xsl:sequence select="'Note' || ($p/@n ! (' ' || .))"/>
      </xsl:when>
      <xsl:when test="$p/self::tei:item">
        <xsl:sequence select="string-join(reverse($p/ancestor-or-self::tei:item) ! editio:item-number(.), '.') ! ('Point ' || .)"/>
      </xsl:when>
      <xsl:when test="$p/self::tei:seg[@type = 'distribution']">Distribution list</xsl:when>
      <xsl:when test="$p/self::tei:seg[@type = 'classification']">Classification</xsl:when>
      <xsl:when test="$p/self::tei:seg[@type = 'handling']">Handling instruction</xsl:when>
      <xsl:when test="$p/self::tei:head">Heading</xsl:when>
      <xsl:when test="$p/self::tei:dateline">Dateline</xsl:when>
      <xsl:when test="$p/self::tei:salute">Address</xsl:when>
      <xsl:when test="$p/self::tei:signed or $p/self::tei:closer">Signature</xsl:when>
      <xsl:when test="$p/self::tei:correspAction[@type = 'sent']">Sender</xsl:when>
      <xsl:when test="$p/self::tei:correspAction[@type = 'received']">Recipient</xsl:when>
      <xsl:when test="$p/self::tei:correspAction">Correspondence</xsl:when>
      <xsl:when test="$p/self::tei:handNote">Hand of annotations in the source</xsl:when>
      <xsl:when test="$p/item"><xsl:sequence select="'Point ' || editio:item-number($p/parent::tei:item)"/></xsl:when>
      <xsl:when test="$p/ancestor::tei:item">
        <xsl:sequence select="'Point ' || string-join(reverse($p/ancestor::tei:item) ! editio:item-number(.), '.')"/>
      </xsl:when>
      <xsl:otherwise>Paragraph</xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- How a passage refers to the entry, when it is not simply by name in the text. -->
  <xsl:function name="es:reference-kind" as="xs:string?">
    <xsl:param name="p" as="element()"/>
    <xsl:param name="refs" as="element()*"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="some $r in $refs satisfies (es:hand-ids($r) = $id)">annotation in this hand</xsl:when>
      <xsl:when test="$p/ancestor-or-self::tei:teiHeader">in the document's description</xsl:when>
      <xsl:when test="$p/self::tei:seg[@type = 'distribution']">copy addressed to</xsl:when>
      <xsl:when test="$p/self::tei:note and editio:is-margin-note($p)">named in a margin note</xsl:when>
      <xsl:when test="$p/self::tei:note">named in an editorial note</xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:function>

  <!-- ===================================================================================================
       The entry pages
       =================================================================================================== -->

  <!-- One page per register entry with an xml:id. Context: the register's document node. -->
  <xsl:template name="es:entry-pages" as="empty-sequence()">
    <xsl:for-each select="tei:TEI/tei:text/tei:body//*[editio:behaviour(.) = 'register-entry'][@xml:id]">
      <xsl:result-document href="{es:entry-href(@xml:id)}" method="html" html-version="5" encoding="UTF-8"
                           include-content-type="no" indent="no">
        <xsl:variable name="page" as="element(html)">
          <xsl:call-template name="es:entry-page"/>
        </xsl:variable>
        <xsl:apply-templates select="$page" mode="es:rebase">
          <xsl:with-param name="entry-ids" tunnel="yes"
            select="root(.)//*[editio:behaviour(.) = 'register-entry']/@xml:id ! string(.)"/>
        </xsl:apply-templates>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- The page of one entry, with links written as from the site root (es:rebase moves them down). -->
  <xsl:template name="es:entry-page" as="element(html)">
    <xsl:variable name="entry" as="element()" select="."/>
    <xsl:variable name="id" as="xs:string" select="string(@xml:id)"/>
    <xsl:variable name="name" as="xs:string" select="editio:entry-name(.)"/>
    <xsl:variable name="variants" as="xs:string*" select="editio:entry-variants(.)"/>
    <xsl:variable name="refs" as="element()*" select="$es:references($id)"/>
    <xsl:variable name="docs" as="document-node()*" select="es:mentioning-documents($id)"/>
    <xsl:variable name="list" as="element()?" select="ancestor::*[editio:behaviour(.) = 'register-list'][1]"/>
    <xsl:variable name="register" as="xs:string" select="'register.html'"/>
    <html lang="{editio:language(.)}">
      <xsl:call-template name="ep:head">
        <xsl:with-param name="title" select="$name || ' — Register'"/>
        <xsl:with-param name="description" select="es:entry-kind(.) || ' in the register: every document and passage that refers to ' || $name || '.'"/>
      </xsl:call-template>
      <body class="page-register-entry page-site">
        <xsl:call-template name="ep:site-header">
          <xsl:with-param name="current" select="'register-entry'"/>
        </xsl:call-template>
        <main id="main">
          <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
              <li><a href="{$register}">Register</a></li>
              <xsl:if test="$list">
                <li><a href="{$register}#{ep:register-section-id($list)}"><xsl:value-of select="ep:register-heading($list)"/></a></li>
              </xsl:if>
              <li><a href="{$register}#{encode-for-uri($id)}" aria-current="page"><xsl:value-of select="$name"/></a></li>
            </ol>
          </nav>
          <article class="register-entry-page" aria-labelledby="entry-title">
            <header class="document-header">
              <p class="document-kind"><xsl:value-of select="es:entry-kind(.)"/></p>
              <h1 id="entry-title"><xsl:value-of select="$name"/></h1>
              <xsl:if test="exists($variants)">
                <p class="subtitle"><xsl:value-of select="'also ' || string-join($variants, '; ')"/></p>
              </xsl:if>
            </header>
            <xsl:if test="* except (tei:persName | tei:placeName | tei:orgName | tei:name)">
              <div class="entry-details">
                <xsl:apply-templates select="* except (tei:persName | tei:placeName | tei:orgName | tei:name)" mode="editio:text"/>
              </div>
            </xsl:if>
            <section class="mentions" aria-labelledby="mentions-heading">
              <h2 id="mentions-heading" class="section-heading">References in the documents</h2>
              <xsl:choose>
                <xsl:when test="empty($docs)">
                  <p class="mentions-none">No published document refers to this entry.</p>
                </xsl:when>
                <xsl:otherwise>
                  <p class="mentions-summary">
                    <xsl:variable name="passages" as="xs:integer" select="count(distinct-values($refs ! generate-id(es:passage(.))))"/>
                    <xsl:value-of select="'Referred to in ' || count($docs) || (if (count($docs) eq 1) then ' document' else ' documents')
                                          || ', ' || $passages || (if ($passages eq 1) then ' passage' else ' passages') || '.'"/>
                  </p>
                  <xsl:for-each select="$docs">
                    <xsl:call-template name="es:mentions-in-document">
                      <xsl:with-param name="id" select="$id"/>
                      <xsl:with-param name="refs" select="$refs[root(.) is current()]"/>
                    </xsl:call-template>
                  </xsl:for-each>
                </xsl:otherwise>
              </xsl:choose>
            </section>
          </article>
        </main>
        <xsl:call-template name="ep:site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- The references of one document to the entry, by page (a volume has one page per part), then by
       passage in document order. Context: the document node. -->
  <xsl:template name="es:mentions-in-document" as="element(section)+">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="refs" as="element()*"/>
    <xsl:variable name="doc" as="document-node()" select="."/>
    <xsl:for-each-group select="$refs" group-by="es:page-of(.)">
      <xsl:variable name="page" as="xs:string" select="current-grouping-key()"/>
      <xsl:variable name="part" as="element(tei:div)?" select="es:part(current-group()[1])"/>
      <xsl:variable name="title" as="xs:string"
        select="if ($part) then (editio:head-text($part/tei:head[1])[. ne ''], 'Document ' || $part/@n)[1] else editio:title($doc)"/>
      <xsl:variable name="hid" as="xs:string" select="'doc-' || replace($page, '\.html\z', '', ';j')"/>
      <section class="mention-doc" aria-labelledby="{$hid}">
        <h3 id="{$hid}" class="mention-doc-title"><a href="{$page}"><xsl:value-of select="$title"/></a></h3>
        <p class="mention-doc-meta">
          <xsl:if test="$part">
            <span><xsl:value-of select="editio:title($doc)"/></span>
          </xsl:if>
          <xsl:if test="empty($part) and editio:date($doc)">
            <xsl:variable name="day" as="xs:string" select="replace(editio:date($doc), 'T[^\n\r]*\z', '', ';j')"/>
            <time datetime="{$day}"><xsl:value-of select="editio:format-date($day)"/></time>
          </xsl:if>
          <xsl:if test="empty($part) and editio:correspondents-text($doc) ne ''">
            <span><xsl:value-of select="editio:correspondents-text($doc)"/></span>
          </xsl:if>
          <xsl:if test="empty($part) and editio:document-type($doc)">
            <span><xsl:value-of select="editio:document-type($doc)"/></span>
          </xsl:if>
        </p>
        <ol class="passages">
          <xsl:for-each-group select="current-group()" group-by="generate-id(es:passage(.))">
            <xsl:sort select="es:order-key(es:passage(current-group()[1]))"/>
            <xsl:variable name="p" as="element()" select="es:passage(current-group()[1])"/>
            <xsl:variable name="anchor" as="xs:string?" select="es:anchor($p)"/>
            <xsl:variable name="kind" as="xs:string?" select="es:reference-kind($p, current-group(), $id)"/>
            <li class="passage">
              <p class="passage-where">
                <a href="{$page}{$anchor ! ('#' || encode-for-uri(.))}"><xsl:value-of select="es:passage-label($p)"/></a>
                <xsl:if test="$kind">
                  <span class="passage-kind"><xsl:value-of select="$kind"/></span>
                </xsl:if>
              </p>
              <blockquote class="passage-text">
                <p>
                  <xsl:apply-templates select="$p/node()" mode="es:passage">
                    <xsl:with-param name="hits" select="current-group() except $p" tunnel="yes"/>
                  </xsl:apply-templates>
                </p>
              </blockquote>
            </li>
          </xsl:for-each-group>
        </ol>
      </section>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Passages in reading order: the header first, the standOff (margin notes) by their first target,
       the text in document order. -->
  <xsl:function name="es:order-key" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="at" as="node()" select="if ($p/ancestor::tei:standOff and exists(editio:note-targets($p))) then editio:first-target($p) else $p"/>
    <xsl:sequence select="(if ($at/ancestor-or-self::tei:teiHeader) then '0' else '1')
                          || format-number(count($at/preceding::*) + count($at/ancestor::*), '000000000')
                          || (if ($at is $p) then '1' else '0')"/>
  </xsl:function>

  <!-- A passage as plain running text with the references to the entry marked: the preferred reading of a
       choice, supplied text in brackets; nested notes and editorial metadata left out. -->
  <xsl:mode name="es:passage" on-no-match="text-only-copy"/>

  <!-- A reference to the entry: marked. -->
  <xsl:template match="*" mode="es:passage" priority="3" as="item()*">
    <xsl:param name="hits" as="element()*" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test=". intersect $hits">
        <mark><xsl:next-match/></mark>
      </xsl:when>
      <xsl:otherwise>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Blocks inside a passage (a list inside a point): separated by a space. -->
  <xsl:template match="tei:p | tei:list | tei:item | tei:ab | tei:lb" mode="es:passage" as="item()*">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- Quotations in quotation marks, as on the document page. -->
  <xsl:template match="tei:q | tei:quote | tei:said" mode="es:passage" as="item()*">
    <xsl:text>“</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>”</xsl:text>
  </xsl:template>

  <!-- The preferred reading of a choice. -->
  <xsl:template match="tei:choice" mode="es:passage" as="item()*">
    <xsl:apply-templates select="editio:choice-shown(.)" mode="#current"/>
  </xsl:template>

  <!-- Supplied text in square brackets, as on the document page. -->
  <xsl:template match="tei:supplied" mode="es:passage" as="item()*">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Nested notes and editorial metadata: not part of the passage's text. -->
  <xsl:template match="tei:note | tei:certainty | tei:respons | tei:precision | tei:figure | tei:pb | tei:fw" mode="es:passage" as="empty-sequence()"/>

  <!-- ===================================================================================================
       Moving a framed page one folder down
       =================================================================================================== -->

  <!-- Copies a page written as from the site root, prefixing its relative links with '../'. -->
  <xsl:mode name="es:rebase" on-no-match="shallow-copy"/>

  <!-- A relative href / src (not a fragment, not absolute, no scheme): one folder up. -->
  <xsl:template match="@href[es:is-relative(.)] | @src[es:is-relative(.)]" mode="es:rebase" as="attribute()">
    <xsl:attribute name="{local-name()}" select="'../' || ."/>
  </xsl:template>

  <!-- A fragment on the entry page (the register's own links, e.g. in an entry's note): when it names a
       register entry, that entry's page ($entry-ids: the register's entry ids). -->
  <xsl:template match="a/@href[starts-with(., '#')]" mode="es:rebase" priority="2" as="attribute()">
    <xsl:param name="entry-ids" as="xs:string*" tunnel="yes"/>
    <xsl:attribute name="href" select="if (substring(., 2) = $entry-ids and not(substring(., 2) = ('main')))
                                       then encode-for-uri(substring(., 2)) || '.html' else string(.)"/>
  </xsl:template>

  <!-- The head: links site.css after the layout's stylesheets and the site's icon, unless the layout does.
       TODO(layout): once ep:head links site.css and the icon on every page, this rule only copies. -->
  <xsl:template match="head" mode="es:rebase" as="element(head)">
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="#current"/>
      <xsl:if test="not(link[@rel = 'stylesheet'][tokenize(@href, '/')[last()] = 'site.css'])">
        <link rel="stylesheet" href="../{editio:safe-url(editio:config('assets-href') || 'site.css')}"/>
      </xsl:if>
      <xsl:if test="not(link[tokenize(@rel, ' ') = 'icon'])">
        <link rel="icon" href="../{editio:safe-url(editio:config('assets-href') || 'favicon.svg')}" type="image/svg+xml"/>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <!-- True for a relative reference that is not a bare fragment: no scheme, no leading '/'. -->
  <xsl:function name="es:is-relative" as="xs:boolean">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="$url ne '' and not(starts-with($url, '#')) and not(starts-with($url, '/'))
                          and not(matches($url, '^[A-Za-z][A-Za-z0-9+.\-]*:'))"/>
  </xsl:function>

</xsl:stylesheet>
