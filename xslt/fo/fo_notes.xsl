<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_notes.xsl (mirrors html/html_notes.xsl): handwritten margin notes (behaviour note-margin), editorial
  notes (note-editorial) and the editor's remarks recorded as certainty (metadata-hidden).

  Margin notes stand in the margin cell of the text table (fo_text.xsl) in the row of their first target.
  When the targets of a note are consecutive rows (points 1–3) the cell spans those rows and its start
  border draws a bracket beside all of them; the note also names its targets ("1–3"). Notes at the same row
  stack in one cell. Notes with place="top" stand in the margin column in a row of their own above the
  text, labelled "written at the top". Margin notes are italic, in ink colour, headed by the hand's name in small capitals, so
  they never look like the editor's notes. A certainty inside a note is not note text: it becomes a
  dagger keyed to an "editor's interpretation" in the Notes section at the end.
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
      <fo:block font-family="Liberation Sans" font-size="6.5pt" letter-spacing="0.4pt" space-after="1pt">
        <xsl:value-of select="string-join((upper-case((editio:note-hand(.), 'annotation')[1]), $place), ' · ')"/>
      </fo:block>
      <fo:block font-style="italic" font-size="9pt">
        <xsl:apply-templates mode="efo:inline">
          <xsl:with-param name="efo:in-hand" select="true()" tunnel="yes"/>
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
    <xsl:sequence select="'efo-remark-' || efo:remark-number($c)"/>
  </xsl:function>

  <!-- metadata-hidden in running text or in a note: a dagger linking to the editor's remark when it is
       one (efo:remarks), nothing otherwise. Never the description itself. -->
  <xsl:template match="*[editio:behaviour(.) = 'metadata-hidden']" mode="efo:inline" as="item()*">
    <xsl:if test="efo:remark-number(.) gt 0">
      <fo:basic-link internal-destination="{efo:remark-id(.)}" font-style="normal" color="#000000">
        <fo:inline baseline-shift="super" font-size="70%"><xsl:value-of select="efo:remark-mark(.)"/></fo:inline>
      </fo:basic-link>
    </xsl:if>
  </xsl:template>

  <!-- ===== editorial notes ===== -->

  <!-- The editorial notes of the text (behaviour note-editorial), in document order. -->
  <xsl:function name="efo:editorial-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)/tei:TEI/tei:text//tei:note[editio:behaviour(.) = 'note-editorial']"/>
  </xsl:function>

  <!-- The number of an editorial note: its @n, else its position among the editorial notes. -->
  <xsl:function name="efo:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="all" as="element(tei:note)*" select="efo:editorial-notes($note)"/>
    <xsl:sequence select="(normalize-space($note/@n)[. ne ''],
                           string((for $i in 1 to count($all) return $i[$all[$i] is $note])[1]))[1]"/>
  </xsl:function>

  <!-- The FO id of an editorial note's entry (its xml:id, else by position, never by @n, which may repeat). -->
  <xsl:function name="efo:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="all" as="element(tei:note)*" select="efo:editorial-notes($note)"/>
    <xsl:sequence select="(efo:id($note), 'efo-note-' || (for $i in 1 to count($all) return $i[$all[$i] is $note])[1])[1]"/>
  </xsl:function>

  <!-- An editorial note inside running text: its number, superscript, linking to the Notes. A note
       standing between blocks (place="end") has no anchor in the text and shows only in the Notes. -->
  <xsl:template match="*[editio:behaviour(.) = 'note-editorial']" mode="efo:inline" as="item()*">
    <xsl:if test="parent::*[not(editio:behaviour(.) = $efo:row-groups)]">
      <fo:basic-link internal-destination="{efo:note-id(.)}">
        <fo:inline baseline-shift="super" font-size="70%"><xsl:value-of select="efo:note-number(.)"/></fo:inline>
      </fo:basic-link>
    </xsl:if>
  </xsl:template>

  <!-- True when the document has a Notes section (editorial notes, remarks or unplaced annotations). -->
  <xsl:function name="efo:has-notes" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists((efo:editorial-notes($n), efo:remarks($n), efo:unplaced-notes($n)))"/>
  </xsl:function>

  <!-- The Notes section after the text: editorial notes by number, then the editor's remarks, then any
       handwritten notes that have no place beside the text. -->
  <xsl:template name="efo:notes-section" as="element(fo:block)?">
    <xsl:if test="efo:has-notes(/)">
      <fo:block id="{$efo:notes-id}" space-before="8mm" end-indent="52mm">
        <fo:block font-family="Liberation Sans" font-weight="bold" font-size="10pt" space-after="4pt"
          keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
          border-after-color="#888888" padding-after="1pt">Notes</fo:block>
        <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="2mm" font-size="9.5pt">
          <xsl:for-each select="efo:editorial-notes(/)">
            <fo:list-item id="{efo:note-id(.)}" space-after="4pt">
              <xsl:if test="string-length(normalize-space(.)) le $efo:keep-row-chars">
                <xsl:attribute name="keep-together.within-page" select="'always'"/>
              </xsl:if>
              <fo:list-item-label end-indent="label-end()">
                <fo:block text-align="end"><xsl:value-of select="efo:note-number(.)"/></fo:block>
              </fo:list-item-label>
              <fo:list-item-body start-indent="body-start()">
                <fo:block text-align="justify">
                  <xsl:apply-templates mode="efo:inline"/>
                  <xsl:if test="@resp">
                    <xsl:text> </xsl:text>
                    <fo:inline font-style="italic">(<xsl:value-of select="'Note by ' || editio:resp-name(., @resp)"/>.)</fo:inline>
                  </xsl:if>
                </fo:block>
              </fo:list-item-body>
            </fo:list-item>
          </xsl:for-each>
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
