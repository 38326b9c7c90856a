<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes in HTML (mirrors fo/fo_notes.xsl).
  • Margin notes (note-margin: standOff handwritten annotations) are side notes: an <aside class="margin-note">
    in the second column of the grid row of their FIRST target (common/annotations.xsl), inline under it on
    narrow screens (CSS). Every target carries aria-describedby + data-margin-notes and a lettered marker
    linking to the note; the note links back to all its targets. Top notes (@place='top') open the text.
  • Editorial notes (note-editorial) leave a numbered reference in place and are listed under "Notes".
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- Renders a margin note as an aside (at its first target, at the top, or after the text if orphaned). -->
  <xsl:mode name="ep:margin-note" on-no-match="fail"/>

  <!-- Renders an editorial note as its numbered entry in the Notes section. -->
  <xsl:mode name="ep:note-entry" on-no-match="fail"/>

  <!-- The HTML id of a standoff note: its @xml:id, else a generated one. -->
  <xsl:function name="ep:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/@xml:id) then string($note/@xml:id) else 'note-' || editio:tree-id($note)"/>
  </xsl:function>

  <!-- The HTML id of the in-text reference to an editorial note. -->
  <xsl:function name="ep:noteref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="ep:note-id($note) || '-ref'"/>
  </xsl:function>

  <!-- Editorial notes of the text by each same-document target id they point to (@target '#id …'). -->
  <xsl:key name="ep:editorial-notes-by-target" match="tei:text//tei:note[@target][editio:behaviour(.) = 'note-editorial']"
    use="for $t in tokenize(normalize-space(@target), ' ')[starts-with(., '#')] return substring($t, 2)"/>

  <!-- The elements an editorial note points to with @target (same document), in document order. -->
  <xsl:function name="ep:editorial-note-targets" as="element()*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="ids" as="xs:string*"
      select="for $t in tokenize(normalize-space($note/@target), ' ')[starts-with(., '#')] return substring($t, 2)"/>
    <xsl:sequence select="if (exists($ids)) then root($note)//tei:text//*[@xml:id = $ids] else ()"/>
  </xsl:function>

  <!-- The id of the reference to $note placed at its $i-th target ('en-4-ref', then 'en-4-ref-2' …). -->
  <xsl:function name="ep:noteref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="i" as="xs:integer"/>
    <xsl:sequence select="ep:noteref-id($note) || (if ($i gt 1) then '-' || $i else '')"/>
  </xsl:function>

  <!-- At the end of a block or item an editorial note points to (@target): the note's numbered reference,
       so that note and passage link both ways. A note's references and numbers are left out of the search
       index: they are the page's, not the document's (an excerpt read "auf der Route 1 nach Italien"). -->
  <xsl:template name="ep:editorial-note-refs" as="element(a)*">
    <xsl:variable name="here" as="element()" select="."/>
    <xsl:if test="@xml:id">
      <xsl:for-each select="key('ep:editorial-notes-by-target', string(@xml:id))">
        <xsl:variable name="i" as="xs:integer" select="index-of(ep:editorial-note-targets(.) ! generate-id(.), generate-id($here))[1]"/>
        <a class="noteref" id="{ep:noteref-id(., $i)}" href="#{ep:note-id(.)}" role="doc-noteref" data-pagefind-ignore=""
          aria-label="Editorial note {editio:note-number(.)}">
          <sup><xsl:value-of select="editio:note-number(.)"/></sup>
        </a>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- On a margin-note target: aria-describedby and data-margin-notes naming its notes, and the class note-target. -->
  <xsl:template name="ep:target-attributes" as="attribute()*">
    <xsl:variable name="notes" as="element(tei:note)*" select="editio:margin-notes-for(.)"/>
    <xsl:if test="exists($notes)">
      <xsl:variable name="ids" as="xs:string" select="string-join($notes ! ep:note-id(.), ' ')"/>
      <xsl:attribute name="aria-describedby" select="$ids"/>
      <xsl:attribute name="data-margin-notes" select="$ids"/>
    </xsl:if>
  </xsl:template>

  <!-- On a block or item that a (non-top) margin note points to: its letter(s), linking to the note(s). Left
       out of the search index: the letter stands against the block's first word ("dKim" was indexed). -->
  <xsl:template name="ep:margin-ref" as="element(a)*">
    <xsl:for-each select="editio:margin-notes-for(.)[not(editio:is-top-note(.))]">
      <a class="margin-ref" href="#{ep:note-id(.)}" data-pagefind-ignore=""
        title="{string-join(('Margin note', editio:note-hand(.) ! ('by ' || .)), ' ')}: {normalize-space(string-join(.//text()[not(ancestor::tei:certainty)], ''))}">
        <xsl:value-of select="editio:margin-note-label(.)"/>
      </a>
    </xsl:for-each>
  </xsl:template>

  <!-- The top notes of the document, opening the text. Context: the document node. -->
  <xsl:template name="ep:top-notes" as="element(aside)*">
    <xsl:apply-templates select="editio:top-notes(.)" mode="ep:margin-note"/>
  </xsl:template>

  <!-- A margin note: an aside holding a disclosure (details, open by default; assets/editio.js closes the side
       notes on narrow screens, where they stand inline under their target): the summary gives letter, hand
       and place; then the handwritten text, its targets as links, the hand's register entry and the editor's
       interpretation. data-targets lists the ids of all its targets, for the two-way highlighting. -->
  <xsl:template match="tei:note" mode="ep:margin-note" as="element(aside)">
    <xsl:variable name="hand" as="xs:string?" select="editio:note-hand(.)"/>
    <xsl:variable name="hand-href" as="xs:string?" select="editio:note-hand-id(.) ! editio:pointer-href('register.xml#' || .)"/>
    <xsl:variable name="targets" as="element()*" select="editio:note-targets(.)"/>
    <aside id="{ep:note-id(.)}"
      class="{string-join(('margin-note', 'margin-note-top'[editio:is-top-note(current())]), ' ')}">
      <xsl:if test="exists($targets)">
        <xsl:attribute name="data-targets" select="string-join($targets ! string(@xml:id), ' ')"/>
      </xsl:if>
      <details class="margin-note-details" open="">
        <summary class="margin-note-head" data-pagefind-ignore="">
          <span class="margin-note-label"><xsl:value-of select="editio:margin-note-label(.)"/></span>
          <xsl:text> </xsl:text>
          <span class="margin-note-hand">
            <xsl:value-of select="($hand, 'Unidentified hand')[1] || ', ' || editio:note-place-label(.)"/>
          </span>
          <span class="margin-note-preview" aria-hidden="true">
            <xsl:value-of select="': ' || normalize-space(string-join(.//text()[not(ancestor::tei:certainty)], ''))"/>
          </span>
        </summary>
        <p class="margin-note-text">
          <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
          <xsl:apply-templates mode="editio:text"/>
        </p>
        <xsl:variable name="show-targets" as="xs:boolean"
          select="exists($targets) and not(editio:is-top-note(.) and (every $t in $targets satisfies $t/self::tei:div))"/>
        <xsl:if test="$show-targets or $hand-href">
          <p class="margin-note-targets" data-pagefind-ignore="">
            <xsl:if test="$show-targets">
              <span aria-hidden="true">→ </span>
              <span class="visually-hidden">Stands beside </span>
              <xsl:call-template name="ep:target-links">
                <xsl:with-param name="targets" select="$targets"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="$hand-href">
              <xsl:if test="$show-targets"><span aria-hidden="true"> · </span></xsl:if>
              <a class="hand-link" href="{$hand-href}">
                <xsl:value-of select="$hand"/>
                <span class="visually-hidden"> in the register</span>
              </a>
            </xsl:if>
          </p>
        </xsl:if>
        <xsl:apply-templates select="editio:note-certainties(.)" mode="ep:editorial-remark"/>
      </details>
    </aside>
  </xsl:template>

  <!-- Links to a note's targets: 'points 1, 2 and 3' with each number linked, else each label linked. -->
  <xsl:template name="ep:target-links" as="item()*">
    <xsl:param name="targets" as="element()+"/>
    <xsl:variable name="all-items" as="xs:boolean" select="count($targets) gt 1 and (every $t in $targets satisfies $t/self::tei:item)"/>
    <xsl:if test="$all-items">points </xsl:if>
    <xsl:for-each select="$targets">
      <xsl:if test="position() gt 1">
        <xsl:value-of select="if (position() eq last()) then ' and ' else ', '"/>
      </xsl:if>
      <xsl:variable name="label" as="xs:string"
        select="if ($all-items) then editio:item-number(.) else editio:target-label(.)"/>
      <!-- targets are found by their @xml:id, so each has one -->
      <a href="#{@xml:id}" class="target-link"><xsl:value-of select="$label"/></a>
    </xsl:for-each>
  </xsl:template>

  <!-- Renders a certainty as the editor's remark below its margin note; only tei:certainty is applied in it. -->
  <xsl:mode name="ep:editorial-remark" on-no-match="fail"/>

  <!-- The editor's interpretation recorded in a certainty element, attached to its note. -->
  <xsl:template match="tei:certainty" mode="ep:editorial-remark" as="element(p)">
    <xsl:variable name="who" as="xs:string?" select="editio:resp-name(., @resp)"/>
    <p class="editorial-remark">
      <xsl:text>(</xsl:text>
      <span class="editorial-remark-label">
        <xsl:text>editor’s interpretation</xsl:text>
        <xsl:if test="@cert">
          <xsl:value-of select="', ' || @cert || ' certainty'"/>
        </xsl:if>
        <xsl:if test="$who">
          <xsl:value-of select="', ' || $who"/>
        </xsl:if>
      </span>
      <xsl:text>: </xsl:text>
      <xsl:choose>
        <xsl:when test="tei:desc">
          <xsl:apply-templates select="tei:desc/node()" mode="editio:text"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="'the ' || (@locus, 'value')[1] || ' of ' || (@match, 'this annotation')[1] || ' is an editorial interpretation'"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </p>
  </xsl:template>

  <!-- note-margin met in the flow of the text (a marginal note encoded in place): as an aside in place. -->
  <xsl:template _match="{$editio:match('note-margin')}" mode="editio:text" priority="2" as="element()?">
    <xsl:choose>
      <xsl:when test="ancestor::tei:standOff"/>
      <xsl:when test="ancestor::tei:p or ancestor::tei:ab or ancestor::tei:head">
        <span class="margin-note margin-note-inline">
          <xsl:apply-templates mode="#current"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="ep:margin-note"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- note-editorial in place: a numbered reference; a note standing between blocks gets a line of its own. -->
  <xsl:template _match="{$editio:match-where('note-editorial', 'exists(ep:editorial-note-targets(.))')}" mode="editio:text" priority="3" as="empty-sequence()"/>

  <xsl:template _match="{$editio:match('note-editorial')}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="ref" as="element(a)">
      <a class="noteref" id="{ep:noteref-id(.)}" href="#{ep:note-id(.)}" role="doc-noteref" data-pagefind-ignore=""
        aria-label="Editorial note {editio:note-number(.)}">
        <sup><xsl:value-of select="editio:note-number(.)"/></sup>
      </a>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="parent::*[editio:behaviour(.) = ('block', 'heading', 'inline', 'quote', 'name', 'supplied', 'opener-part', 'dateline', 'salute', 'signed')]
                      or parent::tei:item[text()[normalize-space()]]">
        <xsl:sequence select="$ref"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="note-anchor" data-pagefind-ignore="">
          <a class="noteref" id="{ep:noteref-id(.)}" href="#{ep:note-id(.)}" role="doc-noteref">
            <xsl:value-of select="'Editorial note ' || editio:note-number(.)"/>
          </a>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The Notes section: editorial notes of the text the page shows (in a volume, of its document only),
       numbered, each linking back to its reference; then margin notes that point to nothing in the
       document. Context: the document node. -->
  <xsl:template name="ep:notes-section" as="element(section)?">
    <xsl:variable name="notes" as="element(tei:note)*" select="ep:text-root(.)//tei:note[editio:behaviour(.) = 'note-editorial']"/>
    <xsl:variable name="orphans" as="element(tei:note)*" select="editio:orphan-notes(.)"/>
    <xsl:if test="exists($notes) or exists($orphans)">
      <section class="notes" aria-labelledby="notes-heading" role="doc-endnotes">
        <h2 id="notes-heading" class="section-heading"><span data-pagefind-ignore="">Notes</span></h2>
        <xsl:if test="exists($notes)">
          <ol class="note-list">
            <xsl:apply-templates select="$notes" mode="ep:note-entry"/>
          </ol>
        </xsl:if>
        <xsl:if test="exists($orphans)">
          <h3 data-pagefind-ignore="">Annotations without a place in the text</h3>
          <xsl:apply-templates select="$orphans" mode="ep:margin-note"/>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One editorial note in the Notes section. -->
  <xsl:template match="tei:note" mode="ep:note-entry" as="element(li)">
    <xsl:variable name="who" as="xs:string?" select="editio:resp-name(., @resp)"/>
    <li id="{ep:note-id(.)}" class="note-entry">
      <xsl:if test="matches(editio:note-number(.), '\A\p{Nd}+\z', ';j')">
        <xsl:attribute name="value" select="editio:note-number(.)"/>
      </xsl:if>
      <a class="note-number" href="#{ep:noteref-id(.)}" data-pagefind-ignore="" aria-label="Back to the reference of note {editio:note-number(.)}">
        <xsl:value-of select="editio:note-number(.)"/>
      </a>
      <div class="note-body">
        <xsl:element name="{if (*[editio:behaviour(.) = ('block', 'list')]) then 'div' else 'p'}">
          <xsl:apply-templates mode="editio:text"/>
          <xsl:if test="$who">
            <xsl:text> </xsl:text>
            <span class="note-resp">(note by <xsl:value-of select="$who"/>)</span>
          </xsl:if>
        </xsl:element>
      </div>
    </li>
  </xsl:template>

</xsl:stylesheet>
