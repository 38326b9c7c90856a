<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_register.xsl (mirrors html/html_register.xsl): the register document (is-register = 'true') as a
  PDF: title, edition, the register's source description, then one section per list (persons, places,
  organisations) with each entry's regularised name and its variants. Entries carry efo:id (the register's
  id + '.' + @xml:id) as FO id.

  For the volume (fo_volume.xsl) it also holds the register with page numbers (mode efo:register-index)
  and the mentions it cites: in the volume every name pointing into the register and every handwritten
  note in a registered person's hand carries an FO id (efo:mention-id), added around the ordinary
  rendering by the two templates below (xsl:next-match), so the text modules need not know about it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- Renders the register page content, from its TEI root down to its lists and entries. -->
  <xsl:mode name="efo:register" on-no-match="fail"/>

  <!-- Renders one PDF outline entry per register list; anything else in the body is skipped. -->
  <xsl:mode name="efo:register-bookmark" on-no-match="deep-skip"/>

  <!-- The heading of a register list, by its behaviour's element. -->
  <xsl:function name="efo:register-list-title" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="($list/tei:head/normalize-space(),
                           map { 'listPerson': 'Persons', 'listPlace': 'Places', 'listOrg': 'Organisations' }(local-name($list)),
                           local-name($list))[. ne ''][1]"/>
  </xsl:function>

  <!-- The FO id of a register list section (its xml:id, else by position among the body's children). -->
  <xsl:function name="efo:register-list-id" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="(efo:id($list), efo:gen-id($list, 'list-' || count($list/preceding-sibling::*) + 1))[1]"/>
  </xsl:function>

  <!-- The register from its TEI root: edition line, title, source description, licence, then its lists. -->
  <xsl:template match="tei:TEI" mode="efo:register" as="element(fo:block)+">
    <fo:block font-family="{$efo:sans}" font-size="8pt" color="#444444" space-after="3mm">
      <xsl:value-of select="string-join((editio:config('edition-title'),
                                          editio:config('edition-version')[. ne ''] ! ('version ' || .)), ' · ')"/>
    </fo:block>
    <fo:block font-size="18pt" font-weight="bold" line-height="1.2" space-after="3mm">
      <xsl:value-of select="editio:title(.)"/>
    </fo:block>
    <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:p">
      <fo:block font-size="9.5pt" text-align="justify" space-after="2mm"><xsl:apply-templates mode="efo:inline"/></fo:block>
    </xsl:for-each>
    <xsl:for-each select="editio:licence(.)[?text ne '']">
      <fo:block font-size="9pt" space-after="4mm">
        <fo:inline font-family="{$efo:sans}" font-size="7.5pt" font-weight="bold" color="#555555">Licence </fo:inline>
        <xsl:value-of select="?text"/>
        <xsl:if test="?url ne ''">
          <xsl:text> </xsl:text>
          <xsl:sequence select="efo:url-link(?url)"/>
        </xsl:if>
      </fo:block>
    </xsl:for-each>
    <fo:block>
      <xsl:apply-templates select="tei:text/tei:body/*" mode="efo:register"/>
    </fo:block>
  </xsl:template>

  <!-- A register list: a heading and its entries. -->
  <xsl:template _match="{$editio:match('register-list')}" priority="0.5" mode="efo:register" as="element(fo:block)">
    <fo:block id="{efo:register-list-id(.)}" space-before="5mm">
      <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="11pt" space-after="2mm"
        keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
        border-after-color="#888888">
        <xsl:value-of select="efo:register-list-title(.)"/>
      </fo:block>
      <xsl:apply-templates select="*[not(self::tei:head)]" mode="efo:register"/>
    </fo:block>
  </xsl:template>

  <!-- A register entry: the regularised name in bold, variants after it. -->
  <xsl:template _match="{$editio:match('register-entry')}" priority="0.5" mode="efo:register" as="element(fo:block)">
    <fo:block space-after="2pt" keep-together.within-page="always">
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:inline font-weight="bold"><xsl:value-of select="editio:entry-name(.)"/></fo:inline>
      <xsl:for-each select="editio:entry-variants(.)[. ne '']">
        <xsl:value-of select="(if (position() eq 1) then ' (also: ' else ', ') || . || (if (position() eq last()) then ')' else '')"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- Anything else in the register body: rendered generically as a block of the text. -->
  <xsl:template match="*" mode="efo:register" as="element()*">
    <xsl:apply-templates select="." mode="efo:block"/>
  </xsl:template>

  <!-- A register list in the PDF outline: its title, pointing to its section. -->
  <xsl:template _match="{$editio:match('register-list')}" priority="0.5" mode="efo:register-bookmark" as="element(fo:bookmark)">
    <fo:bookmark internal-destination="{efo:register-list-id(.)}">
      <fo:bookmark-title><xsl:value-of select="efo:register-list-title(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <!-- ===== mentions of register entries (the volume's register, fo_volume.xsl) ===== -->

  <!-- True in the volume (config id 'edition', the initial template Q{urn:editio}volume): only there do
       mentions carry ids, so the single-document FO is unchanged by them. -->
  <xsl:variable name="efo:in-volume" as="xs:boolean" select="editio:config('id') eq 'edition'"/>

  <!-- Numbers the candidate mentions of a document in document order (names with @ref, notes with
       @hand), so that the FO id of a mention is known both where it is printed and in the register. -->
  <xsl:accumulator name="efo:mention-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:note[@hand]"
      select="$value + 1"/>
  </xsl:accumulator>

  <!-- The register ids a mention stands for: a name's register.xml#ID pointers; for a handwritten note,
       the person its hand is (handNote/@scribeRef). () for anything else. -->
  <xsl:function name="efo:mention-keys" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:choose>
      <xsl:when test="$e/self::tei:note">
        <xsl:sequence select="$e[editio:behaviour(.) = 'note-margin'] ! editio:note-hand-id(.)"/>
      </xsl:when>
      <xsl:when test="editio:behaviour($e) = 'name'">
        <xsl:sequence select="distinct-values(tokenize(normalize-space($e/@ref), ' ') ! editio:register-id(.))"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The FO id of a mention: '{doc}.m{n}' for a name, '{doc}.h{n}' for a note in a person's hand, n
       counting the candidates of the document (efo:mention-number). -->
  <xsl:function name="efo:mention-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="efo:doc-id($e) || (if ($e/self::tei:note) then '.h' else '.m') || $e/accumulator-before('efo:mention-number')"/>
  </xsl:function>

  <!-- A name pointing into the register, in the volume: its rendering inside an inline carrying its
       mention id, the target of the register's page numbers. -->
  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref]" mode="efo:inline" priority="1" as="item()*">
    <xsl:choose>
      <xsl:when test="$efo:in-volume and exists(efo:mention-keys(.))">
        <fo:inline id="{efo:mention-id(.)}"><xsl:next-match/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A handwritten note by a person of the register, in the volume: wrapped in a block carrying its
       mention id. -->
  <xsl:template match="tei:note[@hand]" mode="efo:margin-note" priority="1" as="element(fo:block)">
    <xsl:choose>
      <xsl:when test="$efo:in-volume and exists(efo:mention-keys(.))">
        <fo:block id="{efo:mention-id(.)}"><xsl:next-match/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The pages to cite for each register entry: a map from register id to the mention ids printed in
       $fo (the documents' page sequences), in print order. Read from the FO, not the TEI, so that only
       printed mentions are cited. When Java passes the pages of a first rendering ($efo:known-pages),
       every mention is kept: the register groups them by page itself. Otherwise several mentions of an
       entry inside one unit kept on one page (the outermost FO object with keep-together="always": a
       short row, a metadata field, a note) give one number, one for the names and one for the person's
       own annotations (printed in italics); FOP 2.11 has no fo:index-page-citation-list to merge the
       rest, so a page still repeats when two such units share it. -->
  <xsl:function name="efo:mention-pages" as="map(xs:string, xs:string*)">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:param name="fo" as="element()*"/>
    <xsl:variable name="keys" as="map(xs:string, xs:string*)" select="map:merge(
        for $m in $documents//(tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:note[@hand])
        return (let $k := efo:mention-keys($m) return if (exists($k)) then map { efo:mention-id($m): $k } else ()))"/>
    <xsl:map>
      <xsl:for-each-group select="$fo//*[@id][map:contains($keys, string(@id))]" group-by="$keys(string(@id))">
        <xsl:map-entry key="current-grouping-key()">
          <xsl:for-each-group select="current-group()"
            group-by="if ($efo:pages-known) then string(@id)
                      else generate-id(efo:kept-unit(.)) || (if (efo:is-hand-mention(@id)) then '.h' else '')">
            <xsl:sequence select="string(current-group()[1]/@id)"/>
          </xsl:for-each-group>
        </xsl:map-entry>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The page (as printed: '12') of each FO id, when Java knows them from a first rendering of the
       volume (config key 'mention-pages', a map from FO id to page label; PdfRenderer.pageLabels). The
       documents come before the register, so the register's own content never moves them: with this
       map the register prints every page once, exactly. Absent (a single pass): page-number
       citations, repeats possible. -->
  <xsl:variable name="efo:known-pages" as="map(xs:string, xs:string)"
    select="($editio:config('mention-pages')[. instance of map(xs:string, xs:string)], map { })[1]"/>

  <!-- True when Java passed the pages of a first rendering ($efo:known-pages). -->
  <xsl:variable name="efo:pages-known" as="xs:boolean" select="map:size($efo:known-pages) gt 0"/>

  <!-- The outermost FO object around $e that is kept on one page, else $e itself. Only objects short
       enough to fit on a page count ($efo:kept-unit-chars): FOP breaks a longer one despite its keep. -->
  <xsl:function name="efo:kept-unit" as="element()">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/ancestor-or-self::*[@keep-together.within-page = 'always' or @keep-together = 'always']
                              [string-length(string(.)) le $efo:kept-unit-chars], $e)[1]"/>
  </xsl:function>

  <!-- The most characters an FO object kept together may hold to count as one page for the register
       (well under a page of text in the narrowest column). -->
  <xsl:variable name="efo:kept-unit-chars" as="xs:integer" select="1500"/>

  <!-- True for the id of a mention in a person's hand (a handwritten note). -->
  <xsl:function name="efo:is-hand-mention" as="xs:boolean">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="matches($id, '\.h[0-9]+$')"/>
  </xsl:function>

  <!-- The register in the volume: each list with its entries in alphabetical order, each entry with
       the pages where it is mentioned ($pages, from efo:mention-pages). -->
  <xsl:mode name="efo:register-index" on-no-match="deep-skip"/>

  <!-- A register list: heading and its entries, sorted by name. -->
  <xsl:template _match="{$editio:match('register-list')}" priority="0.5" mode="efo:register-index" as="element(fo:block)">
    <fo:block id="{efo:register-list-id(.)}" space-before="5mm">
      <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="11pt" space-after="2mm"
        keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
        border-after-color="#888888">
        <xsl:value-of select="efo:register-list-title(.)"/>
      </fo:block>
      <xsl:apply-templates select="*[editio:behaviour(.) = 'register-entry']" mode="efo:register-index">
        <xsl:sort select="editio:entry-name(.)" lang="en"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- An entry: name in bold, its variants, then its pages (italic where the person's hand annotates). -->
  <xsl:template _match="{$editio:match('register-entry')}" priority="0.5" mode="efo:register-index" as="element(fo:block)">
    <xsl:param name="pages" as="map(xs:string, xs:string*)" tunnel="yes" required="yes"/>
    <xsl:variable name="cited" as="xs:string*" select="$pages(string(@xml:id))"/>
    <!-- What each cited mention is printed as: its known page, else ('#' and) its own id. -->
    <xsl:variable name="citations" as="xs:string*" select="distinct-values($cited ! ($efo:known-pages(.), '#' || .)[1])"/>
    <fo:block start-indent="4mm" text-indent="-4mm" space-after="2pt" text-align="start" hyphenate="false">
      <xsl:if test="count($citations) le 40">
        <xsl:attribute name="keep-together.within-column" select="'always'"/>
      </xsl:if>
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:inline font-weight="bold"><xsl:value-of select="editio:entry-name(.)"/></fo:inline>
      <xsl:for-each select="editio:entry-variants(.)[. ne '']">
        <xsl:value-of select="(if (position() eq 1) then ' (also: ' else ', ') || . || (if (position() eq last()) then ')' else '')"/>
      </xsl:for-each>
      <!-- Each page once (known from a first rendering), linked to its first mention there, in italics
           when the person's hand annotates it; a mention whose page is not known (no first rendering, or
           it laid out no area of that id) keeps its own page-number citation. -->
      <xsl:for-each-group select="$cited" group-by="($efo:known-pages(.), '#' || .)[1]">
        <xsl:value-of select="if (position() eq 1) then '  ' else ', '"/>
        <fo:basic-link internal-destination="{current-group()[1]}">
          <xsl:if test="some $id in current-group() satisfies efo:is-hand-mention($id)">
            <xsl:attribute name="font-style" select="'italic'"/>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="map:contains($efo:known-pages, current-group()[1])">
              <xsl:value-of select="current-grouping-key()"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:page-number-citation ref-id="{current-group()[1]}"/>
            </xsl:otherwise>
          </xsl:choose>
        </fo:basic-link>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
