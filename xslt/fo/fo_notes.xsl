<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_notes.xsl (mirrors html/html_notes.xsl): handwritten margin notes (behaviour note-margin), editorial
  notes (note-editorial) and the editor's remarks recorded as certainty (metadata-hidden).

  Margin notes stand in the margin cell of the text table (fo_text.xsl) in the row of their first target,
  which keeps them level with it and on its page. When the targets of a note are consecutive rows (points
  1–3) the cell spans those rows and its start border draws a bracket beside all of them; the note also
  names its targets ("1–3"). Notes at the same row stack in one cell. Notes with place="top" stand in the
  top margin of the first page (fo_page.xsl), or, when too long for it, in the margin column in a row of
  their own above the text, labelled "written at the top". Margin notes are italic, in ink colour, headed
  by the hand's name in small capitals, so they never look like the editor's notes. A certainty inside a
  note is not note text: it becomes a dagger keyed to an "editor's interpretation" in the Notes section at
  the end.
  Editorial notes are numbered footnotes (@n honoured) on the page of their mark; the critical apparatus
  is a second, lettered footnote series, styled apart (see "the critical apparatus" below).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- Renders one handwritten note (its hand label and text) inside a margin cell. -->
  <xsl:mode name="efo:margin-note" on-no-match="fail"/>

  <!-- The ink colour of handwritten notes and of their bracket. -->
  <xsl:variable name="efo:ink" as="xs:string" select="'#7a1f1f'"/>

  <!-- Marks for the editor's remarks, in order; beyond them the first is numbered (†5, †6 …). -->
  <xsl:variable name="efo:remark-marks" as="xs:string+" select="('†', '‡', '†2', '‡2')"/>

  <!-- ===== placing margin notes ===== -->

  <!-- The handwritten notes of the document of $n (standOff notes and notes of type marginal). -->
  <xsl:function name="efo:margin-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)//tei:note[editio:behaviour(.) = 'note-margin']"/>
  </xsl:function>

  <!-- The handwritten notes placed beside a row (all but the top notes, which have a row of their own). -->
  <xsl:function name="efo:side-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="efo:margin-notes($n)[not(editio:is-top-note(.))]"/>
  </xsl:function>

  <!-- The distinct row positions (ascending) of a note's targets. A note without targets stands where it
       is written when that is in the text (a marginal note inline), nowhere otherwise. -->
  <xsl:function name="efo:target-rows" as="xs:integer*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="rows" as="element()*"/>
    <xsl:variable name="targets" as="element()*" select="editio:note-targets($note)"/>
    <xsl:sequence select="if (exists($targets)) then sort(distinct-values($targets ! efo:row-index(., $rows)))
                          else if ($note/ancestor::tei:text) then efo:row-index($note, $rows)
                          else ()"/>
  </xsl:function>

  <!-- The plan of the margin column, one map per row: 'notes' (the notes standing there, top notes first),
       'span' (rows the cell spans, ≥ 1) and 'covered' (true when an earlier cell spans this row: no cell).
       A cell spans the rows of a note whose targets are consecutive rows, but never into a row where other
       notes stand (it then stops short; the note still names all its targets). -->
  <xsl:function name="efo:margin-plan" as="map(xs:string, item()*)*">
    <xsl:param name="rows" as="element()*"/>
    <xsl:variable name="placed" as="map(xs:string, item()*)*">
      <xsl:for-each select="$rows[1] ! efo:side-notes(.)">
        <xsl:variable name="at" as="xs:integer*" select="efo:target-rows(., $rows)"/>
        <xsl:if test="exists($at)">
          <xsl:sequence select="map {
              'note': .,
              'anchor': $at[1],
              'span': if (count($at) gt 1 and $at[last()] - $at[1] + 1 = count($at))
                      then count($at) else 1 }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="anchors" as="xs:integer*" select="distinct-values($placed ! ?anchor)"/>
    <xsl:iterate select="1 to count($rows)">
      <xsl:param name="covered-until" as="xs:integer" select="0"/>
      <xsl:variable name="i" as="xs:integer" select="."/>
      <xsl:variable name="here" as="map(xs:string, item()*)*" select="$placed[?anchor = $i]"/>
      <xsl:variable name="next" as="xs:integer" select="(min($anchors[. gt $i]), count($rows) + 1)[1]"/>
      <xsl:variable name="span" as="xs:integer"
        select="if (empty($here)) then 1 else min((max($here ! ?span), $next - $i))"/>
      <xsl:sequence select="map {
          'notes': $here ! ?note,
          'span': $span,
          'covered': $i le $covered-until }"/>
      <xsl:next-iteration>
        <xsl:with-param name="covered-until" select="if ($i le $covered-until) then $covered-until else $i + $span - 1"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- Handwritten notes that stand beside no row of the text (no or unknown targets): listed in the Notes. -->
  <xsl:function name="efo:unplaced-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="rows" as="element()*" select="root($n)/tei:TEI/tei:text ! efo:rows(.)"/>
    <xsl:sequence select="efo:side-notes($n)[empty(efo:target-rows(., $rows))]"/>
  </xsl:function>

  <!-- The notes written at the top of the document (place="top"): a row of their own above the first
       row of the text, the notes in its margin cell, labelled "written at the top". -->
  <xsl:template name="efo:top-notes-row" as="element(fo:table-row)?">
    <xsl:param name="notes" as="element(tei:note)*" required="yes"/>
    <xsl:if test="exists($notes)">
      <fo:table-row keep-with-next.within-page="always" keep-together.within-page="always">
        <fo:table-cell column-number="1"><fo:block/></fo:table-cell>
        <fo:table-cell column-number="2"><fo:block/></fo:table-cell>
        <fo:table-cell column-number="3" padding-start="4pt" padding-after="3pt">
          <xsl:apply-templates select="$notes" mode="efo:margin-note"/>
        </fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>

  <!-- The margin cell of one row, after its plan: nothing when covered by a cell above, an empty cell
       when no note stands there, else the notes (with a bracket when the cell spans several rows). -->
  <xsl:template name="efo:margin-cell" as="element(fo:table-cell)?">
    <xsl:param name="plan" as="map(xs:string, item()*)" required="yes"/>
    <xsl:choose>
      <xsl:when test="$plan?covered"/>
      <xsl:when test="empty($plan?notes)">
        <fo:table-cell column-number="3"><fo:block/></fo:table-cell>
      </xsl:when>
      <xsl:otherwise>
        <fo:table-cell column-number="3" padding-start="4pt" padding-after="3pt">
          <xsl:if test="$plan?span gt 1">
            <xsl:attribute name="number-rows-spanned" select="$plan?span"/>
            <xsl:attribute name="border-start-style" select="'solid'"/>
            <xsl:attribute name="border-start-width" select="'0.6pt'"/>
            <xsl:attribute name="border-start-color" select="$efo:ink"/>
          </xsl:if>
          <xsl:apply-templates select="$plan?notes" mode="efo:margin-note"/>
        </fo:table-cell>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One handwritten note: "STALIN · 1–3" in small sans capitals, then the words in ink italics. -->
  <xsl:template match="tei:note" mode="efo:margin-note" as="element(fo:block)">
    <xsl:variable name="place" as="xs:string?" select="efo:note-place-label(.)"/>
    <fo:block color="{$efo:ink}" space-after="5pt" keep-together.within-page="always"
      hyphenate="false" text-align="start" line-height="1.25">
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:block font-family="{$efo:sans}" font-size="6.5pt" letter-spacing="0.4pt" space-after="1pt">
        <xsl:value-of select="string-join((upper-case((editio:note-hand(.), 'annotation')[1]), $place), ' · ')"/>
      </fo:block>
      <fo:block font-style="italic" font-size="9pt">
        <xsl:apply-templates mode="efo:inline">
          <xsl:with-param name="efo:in-hand" select="true()" tunnel="yes"/>
          <xsl:with-param name="efo:no-footnotes" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- Where a note stands, for its label: 'at the top' for top notes; the numbers of the points it is
       beside ('1–3', '4', '1, 3'); () beside anything else (the row position says it). -->
  <xsl:function name="efo:note-place-label" as="xs:string?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="targets" as="element()*" select="editio:note-targets($note)"/>
    <xsl:choose>
      <xsl:when test="editio:is-top-note($note)">WRITTEN AT THE TOP</xsl:when>
      <xsl:when test="exists($targets) and (every $t in $targets satisfies $t/self::tei:item)">
        <xsl:sequence select="efo:number-range($targets ! editio:item-number(.))"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- '1–3' for consecutive integers (at least three), else the numbers joined by commas. -->
  <xsl:function name="efo:number-range" as="xs:string">
    <xsl:param name="numbers" as="xs:string*"/>
    <xsl:variable name="ints" as="xs:integer*" select="$numbers[. castable as xs:integer] ! xs:integer(.)"/>
    <xsl:sequence select="if (count($ints) ge 3 and count($ints) = count($numbers)
                              and (every $k in 2 to count($ints) satisfies $ints[$k] = $ints[$k - 1] + 1))
                          then $numbers[1] || '–' || $numbers[last()]
                          else string-join($numbers, ', ')"/>
  </xsl:function>

  <!-- ===== editor's remarks (certainty) ===== -->

  <!-- The editor's remarks of a document: certainty elements in the text or the standoff notes (header
       certainty is metadata and not rendered; respons and precision are not remarks). -->
  <xsl:function name="efo:remarks" as="element()*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)/tei:TEI/(tei:text | tei:standOff)//tei:certainty[editio:behaviour(.) = 'metadata-hidden']"/>
  </xsl:function>

  <!-- The position of a remark among the document's remarks. -->
  <xsl:function name="efo:remark-number" as="xs:integer">
    <xsl:param name="c" as="element()"/>
    <xsl:variable name="all" as="element()*" select="efo:remarks($c)"/>
    <xsl:sequence select="(for $i in 1 to count($all) return $i[$all[$i] is $c], 0)[1]"/>
  </xsl:function>

  <!-- The mark of a remark: †, ‡, …, then †n. -->
  <xsl:function name="efo:remark-mark" as="xs:string">
    <xsl:param name="c" as="element()"/>
    <xsl:variable name="k" as="xs:integer" select="efo:remark-number($c)"/>
    <xsl:sequence select="($efo:remark-marks[$k], '†' || $k)[1]"/>
  </xsl:function>

  <!-- The FO id of a remark's entry in the Notes. -->
  <xsl:function name="efo:remark-id" as="xs:string">
    <xsl:param name="c" as="element()"/>
    <xsl:sequence select="efo:gen-id($c, 'remark-' || efo:remark-number($c))"/>
  </xsl:function>

  <!-- metadata-hidden in running text or in a note: a dagger linking to the editor's remark when it is
       one (efo:remarks), nothing otherwise. Never the description itself. -->
  <xsl:template _match="{$editio:match('metadata-hidden')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:if test="efo:remark-number(.) gt 0">
      <fo:basic-link internal-destination="{efo:remark-id(.)}" font-style="normal" color="#000000">
        <fo:inline baseline-shift="super" font-size="70%"><xsl:value-of select="efo:remark-mark(.)"/></fo:inline>
      </fo:basic-link>
    </xsl:if>
  </xsl:template>

  <!-- ===== editorial notes: numbered footnotes ===== -->

  <!-- Editorial notes with same-document #id targets, by the ids they point to. -->
  <xsl:key name="efo:notes-by-target" match="tei:note[editio:behaviour(.) = 'note-editorial'][@target]"
    use="tokenize(normalize-space(@target), ' ')[starts-with(., '#')] ! substring(., 2)"/>

  <!-- The last text node of $e that is printed in the text (not in a note, in a reading or choice
       alternative not shown, or in hidden matter); () if none. -->
  <xsl:function name="efo:last-printed-text" as="text()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e//text()[normalize-space()]
        [not(ancestor::*[editio:behaviour(.) = ('note-margin', 'note-editorial', 'metadata-hidden', 'omit')])]
        [not(ancestor::*[parent::tei:choice][not(. is editio:choice-shown(..))])]
        [not(ancestor::*[parent::tei:app][not(. is editio:apparatus-text-reading(..))])])[last()]"/>
  </xsl:function>

  <!-- Where the reference mark of an editorial note stands: after the last printed text of its first target
       in the text that has some (a note pointing to a passage is keyed to the passage's end), else the note
       itself (its own place: inline where it is written, or a row of its own between blocks). -->
  <xsl:function name="efo:note-anchor" as="node()">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="targets" as="element()*"
      select="editio:note-targets($note)[ancestor::tei:text][not(ancestor-or-self::tei:note)]"/>
    <xsl:sequence select="(($targets ! efo:last-printed-text(.))[1], $note)[1]"/>
  </xsl:function>

  <!-- One editorial note as a footnote: its number (superscript, linking to the note) where the template is
       called, the note at the foot of the page under the text column. -->
  <xsl:template name="efo:footnote" as="element(fo:footnote)">
    <xsl:param name="note" as="element(tei:note)" required="yes"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="70%" font-style="normal" font-weight="normal">
        <fo:basic-link internal-destination="{efo:note-id($note)}">
          <xsl:value-of select="editio:note-number($note)"/>
        </fo:basic-link>
      </fo:inline>
      <fo:footnote-body>
        <xsl:call-template name="efo:footnote-block">
          <xsl:with-param name="id" select="efo:note-id($note)"/>
          <xsl:with-param name="content" as="element(fo:list-block)">
            <fo:list-block provisional-distance-between-starts="5mm" provisional-label-separation="1.5mm">
              <fo:list-item>
                <fo:list-item-label end-indent="label-end()">
                  <fo:block text-align="end"><xsl:value-of select="editio:note-number($note)"/></fo:block>
                </fo:list-item-label>
                <fo:list-item-body start-indent="body-start()">
                  <fo:block>
                    <xsl:apply-templates select="$note/node()" mode="efo:inline">
                      <xsl:with-param name="efo:no-footnotes" select="true()" tunnel="yes"/>
                      <xsl:with-param name="efo:in-hand" select="false()" tunnel="yes"/>
                    </xsl:apply-templates>
                    <xsl:if test="$note/@resp">
                      <xsl:text> </xsl:text>
                      <fo:inline font-style="italic">(<xsl:value-of select="'Note by ' || editio:resp-name($note, $note/@resp)"/>.)</fo:inline>
                    </xsl:if>
                  </fo:block>
                </fo:list-item-body>
              </fo:list-item>
            </fo:list-block>
          </xsl:with-param>
        </xsl:call-template>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- The block of a footnote body: its properties reset (a footnote inherits those of the place of its
       mark: a table cell, an italic margin note, a struck-through deletion), set under the text column. -->
  <xsl:template name="efo:footnote-block" as="element(fo:block)">
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="content" as="item()*" required="yes"/>
    <xsl:param name="apparatus" as="xs:boolean" select="false()"/>
    <fo:block start-indent="0mm" end-indent="{$efo:beside-text}" space-before="2pt" font-family="{$efo:serif}"
      font-size="8.5pt" line-height="1.25" font-style="normal" font-weight="normal" color="#000000"
      text-align="justify" text-indent="0mm" text-decoration="none" hyphenate="false" letter-spacing="normal"
      keep-together.within-page="auto">
      <xsl:if test="exists($id)">
        <xsl:attribute name="id" select="$id"/>
      </xsl:if>
      <xsl:if test="$apparatus">
        <!-- the apparatus series: sans-serif, a grey bar at its start, indented -->
        <xsl:attribute name="font-family" select="$efo:sans"/>
        <xsl:attribute name="font-size" select="'7.5pt'"/>
        <xsl:attribute name="text-align" select="'start'"/>
        <xsl:attribute name="start-indent" select="'6mm'"/>
        <xsl:attribute name="padding-start" select="'3pt'"/>
        <xsl:attribute name="border-start-style" select="'solid'"/>
        <xsl:attribute name="border-start-width" select="'1.2pt'"/>
        <xsl:attribute name="border-start-color" select="'#9a9a9a'"/>
      </xsl:if>
      <xsl:sequence select="$content"/>
    </fo:block>
  </xsl:template>

  <!-- The editorial notes of the text (behaviour note-editorial), in document order. -->
  <xsl:function name="efo:editorial-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)/tei:TEI/tei:text//tei:note[editio:behaviour(.) = 'note-editorial']"/>
  </xsl:function>

  <!-- The FO id of an editorial note's entry (its xml:id, else by position, never by @n, which may repeat). -->
  <xsl:function name="efo:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(efo:id($note), efo:gen-id($note, 'note-' || editio:note-position($note)))[1]"/>
  </xsl:function>

  <!-- An editorial note where it is written: its footnote, when the note is its own anchor (no target in
       the text); nothing when its mark stands at the end of its target (see the text() template). Where no
       footnote is allowed (inside a footnote, a margin note or the page head) a note anchored here is
       printed in parentheses. -->
  <xsl:template _match="{$editio:match('note-editorial')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:param name="efo:no-footnotes" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="efo:note-anchor(.) is .">
      <xsl:choose>
        <xsl:when test="$efo:no-footnotes">
          <xsl:text> (</xsl:text>
          <xsl:apply-templates mode="efo:inline"/>
          <xsl:text>)</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="efo:footnote">
            <xsl:with-param name="note" select="."/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- An editorial note standing as a row of its own (between blocks, e.g. after the closer, without a
       target): its reference mark alone in a block at its place, the note a footnote on that page. -->
  <xsl:template _match="{$editio:match('note-editorial')}" mode="efo:block" priority="1" as="element()*">
    <xsl:variable name="mark" as="item()*">
      <xsl:apply-templates select="." mode="efo:inline"/>
    </xsl:variable>
    <xsl:if test="exists($mark)">
      <fo:block space-before="2pt"><xsl:sequence select="$mark"/></fo:block>
    </xsl:if>
  </xsl:template>

  <!-- ===== the critical apparatus: a lettered footnote series ===== -->

  <!-- FOP has one footnote area per page and sets the footnotes in the order of their marks, so the two
       series cannot be given areas of their own (markers retrieved into a region-after hold one entry per
       class and page and would need a fixed height: not reliable). Both are fo:footnote, and the apparatus
       entries are told apart at sight: keyed by italic letters (a, b, … z, aa, …) instead of numbers, set in
       sans-serif type, indented behind a grey bar of their own, and written "lemma] reading sigla". The
       apparatus takes in app/lem/rdg (readings with the sigla of their witnesses, listWit), the diplomatic
       reading of a choice (orig, abbr, sic beside the printed reg, expan, corr) and the place and hand of an
       addition made elsewhere than above the line or by a named hand. -->

  <!-- True for an element keyed to an apparatus footnote: an app not inside another, a choice not inside an
       app or a choice, an addition with a place other than above/in the line (or with a hand) not inside
       any of those; only in the text, never inside a note. -->
  <xsl:function name="efo:is-apparatus-item" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::tei:text) and empty($e/ancestor::tei:note)
        and (exists($e/self::tei:app[not(ancestor::tei:app)])
             or exists($e/self::tei:choice[not(ancestor::tei:app | ancestor::tei:choice)])
             or exists($e/self::tei:add[not(ancestor::tei:app | ancestor::tei:choice)]
                        [@hand or not(tokenize(lower-case(normalize-space(@place)), ' ') = ('', 'above', 'inline', 'supralinear', 'overwritten'))]))"/>
  </xsl:function>

  <!-- The letter of an apparatus item: its number in the document's apparatus series as a, b, … z, aa, …. -->
  <xsl:function name="efo:apparatus-letter" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number select="$e" level="any" count="*[efo:is-apparatus-item(.)]" from="tei:text"/>
    </xsl:variable>
    <xsl:number value="$n" format="a"/>
  </xsl:function>

  <!-- The apparatus footnote of the context element (app, choice, add): its letter as the mark, the entry
       at the foot of the page. Not inside a footnote, margin note or page head (efo:no-footnotes), and not
       for an element that is no apparatus item (e.g. a choice inside a reading). -->
  <xsl:template name="efo:apparatus-footnote" as="element(fo:footnote)?">
    <xsl:param name="efo:no-footnotes" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="not($efo:no-footnotes) and efo:is-apparatus-item(.)">
      <xsl:variable name="letter" as="xs:string" select="efo:apparatus-letter(.)"/>
      <fo:footnote>
        <fo:inline baseline-shift="super" font-size="65%" font-family="{$efo:sans}" font-style="italic"
          font-weight="normal" text-decoration="none"><xsl:value-of select="$letter"/></fo:inline>
        <fo:footnote-body>
          <xsl:call-template name="efo:footnote-block">
            <xsl:with-param name="apparatus" select="true()"/>
            <xsl:with-param name="content" as="item()*">
              <fo:inline font-style="italic" keep-with-next.within-line="always"><xsl:value-of select="$letter"/></fo:inline>
              <xsl:text>&#x2002;</xsl:text>
              <xsl:apply-templates select="." mode="efo:apparatus-entry"/>
            </xsl:with-param>
          </xsl:call-template>
        </fo:footnote-body>
      </fo:footnote>
    </xsl:if>
  </xsl:template>

  <!-- The text of one apparatus entry ("lemma] reading sigla"). -->
  <xsl:mode name="efo:apparatus-entry" on-no-match="fail"/>

  <!-- app: "lemma] lemma-sigla; reading sigla; …" (a reading without words is "om."). -->
  <xsl:template match="tei:app" mode="efo:apparatus-entry" as="item()*">
    <xsl:variable name="shown" as="element()?" select="editio:apparatus-text-reading(.)"/>
    <xsl:call-template name="efo:lemma">
      <xsl:with-param name="content" select="$shown/node()"/>
    </xsl:call-template>
    <xsl:variable name="parts" as="element()*" select="$shown[@wit], (tei:lem | tei:rdg) except $shown"/>
    <xsl:for-each select="$parts">
      <xsl:if test="position() gt 1">; </xsl:if>
      <xsl:if test="not(. is $shown)">
        <xsl:choose>
          <xsl:when test="normalize-space(.) or *">
            <xsl:apply-templates mode="efo:inline">
              <xsl:with-param name="efo:no-footnotes" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:otherwise><fo:inline font-style="italic">om.</fo:inline></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
      </xsl:if>
      <fo:inline font-weight="bold"><xsl:value-of select="string-join(editio:reading-sigla(.), ' ')"/></fo:inline>
    </xsl:for-each>
  </xsl:template>

  <!-- choice: "normalised] diplomatic (what it is)", e.g. "received] recieved (as written)". -->
  <xsl:template match="tei:choice" mode="efo:apparatus-entry" as="item()*">
    <xsl:variable name="alt" as="element()?" select="editio:choice-alternative(.)"/>
    <xsl:call-template name="efo:lemma">
      <xsl:with-param name="content" select="editio:choice-shown(.)/node()"/>
    </xsl:call-template>
    <xsl:apply-templates select="$alt/node()" mode="efo:inline">
      <xsl:with-param name="efo:no-footnotes" select="true()" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:value-of select="($alt ! editio:reading-label(.))[. ne ''] ! (' (' || . || ')')"/>
  </xsl:template>

  <!-- add: "˹words˺] added in the margin by Molotov". -->
  <xsl:template match="tei:add" mode="efo:apparatus-entry" as="item()*">
    <xsl:variable name="place" as="xs:string" select="lower-case(normalize-space(@place))"/>
    <xsl:call-template name="efo:lemma">
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
    <xsl:text>added </xsl:text>
    <xsl:value-of select="if ($place = ('', 'inline')) then 'in the line'
                          else if ($place = ('above', 'supralinear')) then 'above the line'
                          else if (efo:is-below(.)) then 'below the line'
                          else if (matches($place, 'margin|left|right')) then 'in the margin'
                          else if ($place = ('top', 'bottom')) then 'at the ' || $place || ' of the page'
                          else if ($place = 'overwritten') then 'over the original text'
                          else 'at ' || $place"/>
    <xsl:if test="@hand">
      <xsl:value-of select="' by ' || editio:hand-name(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- The lemma of an entry followed by "] ": its words as printed in the text. -->
  <xsl:template name="efo:lemma" as="item()*">
    <xsl:param name="content" as="node()*" required="yes"/>
    <xsl:apply-templates select="$content" mode="efo:inline">
      <xsl:with-param name="efo:no-footnotes" select="true()" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:text>] </xsl:text>
  </xsl:template>

  <!-- True when the document has a Notes section (the editor's remarks or unplaced annotations; editorial
       notes are footnotes). -->
  <xsl:function name="efo:has-notes" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists((efo:remarks($n), efo:unplaced-notes($n)))"/>
  </xsl:function>

  <!-- The Notes section after the text: the editor's remarks on the margin notes (kept here, keyed by
       daggers, rather than as footnotes: they discuss the annotations, not a passage of the text), then any
       handwritten notes that have no place beside the text. Editorial notes are footnotes. -->
  <xsl:template name="efo:notes-section" as="element(fo:block)?">
    <xsl:if test="efo:has-notes(/)">
      <fo:block id="{efo:notes-id(.)}" space-before="8mm" end-indent="{$efo:beside-text}">
        <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="10pt" space-after="4pt"
          keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
          border-after-color="#888888" padding-after="1pt">Notes</fo:block>
        <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="2mm" font-size="9.5pt">
          <xsl:for-each select="efo:remarks(/)">
            <fo:list-item id="{efo:remark-id(.)}" space-after="4pt" keep-together.within-page="always">
              <fo:list-item-label end-indent="label-end()">
                <fo:block text-align="end"><xsl:value-of select="efo:remark-mark(.)"/></fo:block>
              </fo:list-item-label>
              <fo:list-item-body start-indent="body-start()">
                <xsl:apply-templates select="." mode="efo:remark"/>
              </fo:list-item-body>
            </fo:list-item>
          </xsl:for-each>
          <xsl:for-each select="efo:unplaced-notes(/)">
            <fo:list-item space-after="4pt">
              <fo:list-item-label end-indent="label-end()">
                <fo:block text-align="end">–</fo:block>
              </fo:list-item-label>
              <fo:list-item-body start-indent="body-start()">
                <fo:block>
                  <xsl:text>Annotation without a place in the text</xsl:text>
                  <xsl:value-of select="normalize-space(@target)[. ne ''] ! (' (target “' || . || '”)')"/>
                  <xsl:text>:</xsl:text>
                </fo:block>
                <xsl:apply-templates select="." mode="efo:margin-note"/>
              </fo:list-item-body>
            </fo:list-item>
          </xsl:for-each>
        </fo:list-block>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Renders a certainty as the text of an editor's remark in the Notes; only certainty elements are applied in it. -->
  <xsl:mode name="efo:remark" on-no-match="fail"/>

  <!-- The text of an editor's remark: its certainty and author, what it is about, its description (else
       what the attributes say is interpreted; worded as in html_notes.xsl). -->
  <xsl:template match="*" mode="efo:remark" as="element(fo:block)">
    <xsl:variable name="note" as="element(tei:note)?" select="ancestor::tei:note[editio:behaviour(.) = 'note-margin'][1]"/>
    <xsl:variable name="who" as="xs:string?" select="editio:resp-name(., @resp)"/>
    <fo:block text-align="justify">
      <fo:inline font-style="italic">Editor’s interpretation</fo:inline>
      <xsl:variable name="qualifiers" as="xs:string*" select="(@cert ! (. || ' certainty'), $who)"/>
      <xsl:if test="exists($qualifiers)">
        <xsl:value-of select="' (' || string-join($qualifiers, ', ') || ')'"/>
      </xsl:if>
      <xsl:if test="exists($note)">
        <xsl:value-of select="', on ' || (editio:note-hand($note) ! (. || '’s'), 'the')[1] || ' note “'"/>
        <fo:inline color="{$efo:ink}" font-style="italic">
          <xsl:value-of select="normalize-space(string-join($note//text()[not(ancestor::*[editio:behaviour(.) = 'metadata-hidden'])], ''))"/>
        </fo:inline>
        <xsl:text>”</xsl:text>
        <xsl:if test="exists(editio:note-targets($note))">
          <xsl:value-of select="', printed beside ' || editio:targets-label($note)"/>
        </xsl:if>
      </xsl:if>
      <xsl:text>: </xsl:text>
      <xsl:choose>
        <xsl:when test="tei:desc">
          <xsl:apply-templates select="tei:desc/node()" mode="efo:inline"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="'the ' || (@locus, 'value')[1] || ' of ' || (@match, 'this annotation')[1] || ' is an editorial interpretation.'"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
