<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_text.xsl (mirrors html/html_text.xsl): the text of a document, block and inline behaviours.

  FOP has no usable side floats, so the text is a fixed two-column table: one row per block-level unit
  (heading, each opener part, dateline, salute, paragraph, numbered point, closer parts); the text goes in
  the first cell, the handwritten notes whose first target lies in that row go in the margin cell of the
  same row (fo_notes.xsl), which keeps them level with the target and on its page. Rows may break across
  pages; only short rows are kept together.

  Behaviours come from editio:behaviour-patterns (common/behaviours.xsl); every template here matches a
  behaviour (_match="{$editio:match('block')}"), not an element name, so adding an element means mapping
  it there.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- Block-level rendering of one row unit (or of a block nested in one). Every element has a
       behaviour, so every element matches a template; text is handled by efo:mixed-blocks. -->
  <xsl:mode name="efo:block" on-no-match="fail"/>

  <!-- Inline rendering of running text. -->
  <xsl:mode name="efo:inline" on-no-match="fail"/>

  <!-- Behaviours whose elements never get a row (rendered elsewhere, or not at all). -->
  <xsl:variable name="efo:no-row" static="yes" as="xs:string+" select="('note-margin', 'note-editorial', 'metadata-hidden', 'omit', 'entity-list', 'entity', 'item-label')"/>

  <!-- Behaviours that only group rows: their element children become rows. -->
  <xsl:variable name="efo:row-groups" as="xs:string+" select="('container', 'section', 'opener', 'closer', 'list')"/>

  <!-- Behaviours rendered as blocks of their own when they occur inside a row (e.g. inside a point). -->
  <xsl:variable name="efo:block-behaviours" as="xs:string+"
    select="('heading', 'block', 'list', 'table', 'row', 'cell', 'line-group', 'line', 'opener', 'opener-part', 'dateline', 'salute', 'closer', 'signed', 'milestone',
             'section', 'container', 'register-list', 'register-entry')"/>

  <!-- Behaviours of the short lines of the form (heading, opener, closer): never broken across pages. -->
  <xsl:variable name="efo:short-rows" as="xs:string+" select="('heading', 'opener-part', 'dateline', 'salute', 'signed')"/>

  <!-- Rows with at most this many characters (about nine lines of the text column) are kept on one page
       too, so that a page break (with its running head and page number) falls between paragraphs or
       points rather than inside them, and a short point stays on one page with its margin note. Longer
       rows break across pages like any paragraph. -->
  <xsl:variable name="efo:keep-row-chars" as="xs:integer" select="700"/>

  <!-- True when a row must not break across pages. -->
  <xsl:function name="efo:keep-row" as="xs:boolean">
    <xsl:param name="row" as="element()"/>
    <xsl:sequence select="editio:behaviour($row) = $efo:short-rows or efo:short($row)"/>
  </xsl:function>

  <!-- True for an element short enough to be kept on one page (efo:keep-row-chars): a row, a group of lines, an
       entry of the entities. A longer one must be free to break, or it overflows its page and the PDF fails. -->
  <xsl:function name="efo:short" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-length(normalize-space(string($e))) le $efo:keep-row-chars"/>
  </xsl:function>

  <!-- The row units of $e in document order: $e itself, or the rows of its children when it only groups
       them (a grouping element with text of its own is a row itself, so no text is lost). -->
  <xsl:function name="efo:rows" as="element()*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="b" as="xs:string" select="editio:behaviour($e)"/>
    <xsl:choose>
      <xsl:when test="$b = 'note-editorial' and efo:note-anchor($e) is $e">
        <!-- an editorial note between blocks (e.g. after the closer) with no target: a row holding its mark -->
        <xsl:sequence select="$e"/>
      </xsl:when>
      <xsl:when test="$b = $efo:no-row"/>
      <xsl:when test="$b = $efo:row-groups and not($e/text()[normalize-space()])">
        <xsl:sequence select="$e/* ! efo:rows(.)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$e"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The position in $rows of the row that shows $target: the row that is or contains it, else the
       first row inside it (a note on a whole division stands at its first row); () if none. -->
  <xsl:function name="efo:row-index" as="xs:integer?">
    <xsl:param name="target" as="element()"/>
    <xsl:param name="rows" as="element()*"/>
    <xsl:variable name="around" as="element()*" select="$target/ancestor-or-self::*"/>
    <xsl:sequence select="(for $i in 1 to count($rows)
                           return $i[exists($rows[$i] intersect $around) or exists($rows[$i]/ancestor::* intersect $target)])[1]"/>
  </xsl:function>

  <!-- The text as a table: text column, gap, margin column; one row per unit. -->
  <xsl:template name="efo:text-table" as="element(fo:table)?">
    <xsl:param name="text" as="element(tei:text)?" required="yes"/>
    <xsl:variable name="rows" as="element()*" select="$text ! efo:rows(.)"/>
    <xsl:variable name="plan" as="map(xs:string, item()*)*" select="efo:margin-plan($rows)"/>
    <xsl:if test="exists($rows)">
      <fo:table id="{efo:text-id($text)}" table-layout="fixed" width="{$efo:body-width}" border-collapse="separate"
        space-before="4mm">
        <fo:table-column column-number="1" column-width="{$efo:text-column}"/>
        <fo:table-column column-number="2" column-width="{$efo:gap-column}"/>
        <fo:table-column column-number="3" column-width="{$efo:margin-column}"/>
        <fo:table-body>
          <xsl:call-template name="efo:top-notes-row">
            <xsl:with-param name="notes" select="($rows[1] ! editio:top-notes(.)) except efo:head-top-notes($text)"/>
          </xsl:call-template>
          <xsl:for-each select="$rows">
            <xsl:variable name="i" as="xs:integer" select="position()"/>
            <xsl:variable name="b" as="xs:string" select="editio:behaviour(.)"/>
            <fo:table-row>
              <xsl:if test="efo:keep-row(.)">
                <xsl:attribute name="keep-together.within-page" select="'always'"/>
              </xsl:if>
              <xsl:if test="$b = 'heading'">
                <xsl:attribute name="keep-with-next.within-page" select="'always'"/>
              </xsl:if>
              <xsl:if test="parent::*[editio:behaviour(.) = 'closer'] and preceding-sibling::*">
                <xsl:attribute name="keep-with-previous.within-page" select="'always'"/>
              </xsl:if>
              <fo:table-cell column-number="1" padding-after="{if ($b = $efo:short-rows) then '1pt' else '4pt'}">
                <xsl:apply-templates select="." mode="efo:block"/>
              </fo:table-cell>
              <fo:table-cell column-number="2">
                <fo:block/>
              </fo:table-cell>
              <xsl:call-template name="efo:margin-cell">
                <xsl:with-param name="plan" select="$plan[$i]"/>
              </xsl:call-template>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
  </xsl:template>

  <!-- ===== block behaviours (mode efo:block) ===== -->

  <!-- heading: the document type heading; it carries its division's id (the bookmark target). -->
  <xsl:template _match="{$editio:match('heading')}" priority="0.5" mode="efo:block" as="element()*">
    <!-- a volume's document: its number above its first heading when the heading does not give it, as on its page -->
    <xsl:for-each select="if (preceding-sibling::tei:head) then () else editio:document-number-to-show(parent::tei:div)">
      <fo:block font-family="{$efo:sans}" font-size="8pt" letter-spacing="1pt" color="#444444" text-align="center"
        space-after="2pt" keep-with-next.within-page="always">DOCUMENT <xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <fo:block font-size="13pt" font-weight="bold" text-align="center" space-after="6pt" keep-with-next.within-page="always">
      <xsl:sequence select="efo:id-attr((.[not(preceding-sibling::tei:head)]/parent::tei:div[@xml:id], .)[1])"/>
      <xsl:apply-templates mode="efo:inline"/>
    </fo:block>
  </xsl:template>

  <!-- block: a paragraph, justified; a list inside it is a list (its items with their markers) between the
       paragraph's runs of text, as on the page, not run into the text. -->
  <xsl:template _match="{$editio:match('block')}" priority="0.5" mode="efo:block" as="element()*">
    <xsl:param name="efo:align" as="xs:string" select="'justify'" tunnel="yes"/>
    <fo:block text-align="{$efo:align}" space-after="5pt" hyphenate="false">
      <xsl:sequence select="efo:id-attr(.), efo:line-align(., ())"/>
      <xsl:choose>
        <xsl:when test="empty(tei:list[editio:behaviour(.) = 'list'])">
          <xsl:apply-templates mode="efo:inline"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each-group select="node()" group-adjacent="exists(self::tei:list[editio:behaviour(.) = 'list'])">
            <xsl:choose>
              <xsl:when test="current-grouping-key()">
                <xsl:apply-templates select="current-group()" mode="efo:block"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates select="current-group()" mode="efo:inline"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each-group>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- opener-part: classification and handling right-aligned as on the form, distribution in small type, a line
       of a letterhead or another line of the opener as it is (its part marked rend="right" at the end of the
       line, the line aligned as its rend says: editio:line-align, as on the page). -->
  <xsl:template _match="{$editio:match('opener-part')}" priority="0.5" mode="efo:block" as="element()*">
    <xsl:variable name="end" as="element()?" select="editio:line-end-part(.)"/>
    <fo:block>
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:choose>
        <xsl:when test="@type = 'distribution'">
          <xsl:attribute name="font-size" select="'9.5pt'"/>
          <xsl:attribute name="space-after" select="'4pt'"/>
        </xsl:when>
        <xsl:when test="@type = ('classification', 'handling')">
          <xsl:attribute name="text-align" select="'end'"/>
          <xsl:attribute name="font-weight" select="'bold'"/>
          <xsl:attribute name="space-after" select="'3pt'"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="space-after" select="'1pt'"/>
          <xsl:sequence select="efo:line-align(., $end)"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="efo:line-content">
        <xsl:with-param name="end" select="$end"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- dateline: at the start in the opener, right-aligned in the closer (closing date), or as its rend says; its
       part marked rend="right" at the end of the line. -->
  <xsl:template _match="{$editio:match('dateline')}" priority="0.5" mode="efo:block" as="element()*">
    <xsl:variable name="end" as="element()?" select="editio:line-end-part(.)"/>
    <fo:block space-after="4pt"
      text-align="{if (ancestor::*[editio:behaviour(.) = 'closer']) then 'end' else 'start'}">
      <xsl:sequence select="efo:id-attr(.), efo:line-align(., $end)"/>
      <xsl:call-template name="efo:line-content">
        <xsl:with-param name="end" select="$end"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- The alignment attributes of a line with a part at its end ($end: the line spread to the full measure),
       or aligned by its rend (editio:line-align); none for a line in its usual place. -->
  <xsl:function name="efo:line-align" as="attribute()*">
    <xsl:param name="line" as="element()"/>
    <xsl:param name="end" as="element()?"/>
    <xsl:variable name="align" as="xs:string?" select="editio:line-align($line)"/>
    <xsl:choose>
      <xsl:when test="exists($end)">
        <xsl:attribute name="text-align-last" select="'justify'"/>
      </xsl:when>
      <xsl:when test="exists($align)">
        <xsl:attribute name="text-align" select="if ($align eq 'right') then 'end' else 'center'"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- A line's content, its part at the end ($end) after a leader that fills the line. -->
  <xsl:template name="efo:line-content" as="node()*">
    <xsl:param name="end" as="element()?"/>
    <xsl:choose>
      <xsl:when test="exists($end)">
        <xsl:apply-templates select="node()[. &lt;&lt; $end]" mode="efo:inline"/>
        <fo:leader leader-pattern="space"/>
        <xsl:apply-templates select="$end, $end/following-sibling::node()" mode="efo:inline"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="efo:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- salute: the addressee line (aligned as its rend says). -->
  <xsl:template _match="{$editio:match('salute')}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block space-before="2pt" space-after="6pt" font-weight="bold">
      <xsl:sequence select="efo:id-attr(.), efo:line-align(., ())"/>
      <xsl:apply-templates mode="efo:inline"/>
    </fo:block>
  </xsl:template>

  <!-- line-group (an address, a stanza): its lines one under the other (line: a block each), kept together
       when short (efo:short). -->
  <xsl:template _match="{$editio:match('line-group')}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block space-after="5pt">
      <xsl:if test="efo:short(.)">
        <xsl:attribute name="keep-together.within-page" select="'always'"/>
      </xsl:if>
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:call-template name="efo:mixed-blocks">
        <xsl:with-param name="efo:align" select="'start'" tunnel="yes"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template _match="{$editio:match('line')}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block>
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:apply-templates mode="efo:inline"/>
    </fo:block>
  </xsl:template>

  <!-- signed: the signature, right-aligned and spaced. -->
  <xsl:template _match="{$editio:match('signed')}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block text-align="end" space-before="2pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:apply-templates mode="efo:inline"/>
      <xsl:apply-templates select="editio:signed-tail(.)" mode="efo:inline"/>
    </fo:block>
  </xsl:template>

  <!-- item as a row of its own (a numbered point): a one-item list, label = its number. -->
  <xsl:template _match="{$editio:match('item')}" priority="0.5" mode="efo:block" as="element()*">
    <fo:list-block provisional-distance-between-starts="7mm" provisional-label-separation="2mm" space-after="5pt">
      <xsl:apply-templates select="." mode="efo:list-item"/>
    </fo:list-block>
  </xsl:template>

  <!-- list nested in a row (e.g. the agenda inside point 4): indented numbered items. -->
  <xsl:template _match="{$editio:match('list')}" priority="0.5" mode="efo:block" as="element()*">
    <fo:list-block provisional-distance-between-starts="7mm" provisional-label-separation="2mm"
      start-indent="inherited-property-value(start-indent) + 5mm" space-after="5pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:apply-templates select="*[editio:behaviour(.) = 'item']" mode="efo:list-item"/>
    </fo:list-block>
    <xsl:apply-templates select="*[not(editio:behaviour(.) = ('item', 'heading'))][not(editio:behaviour(.) = $efo:no-row)]"
      mode="efo:block"/>
  </xsl:template>

  <!-- table: an fo:table (FOP lays out fixed tables only: the columns weighted by efo:column-weight) with thin
       rules, its heads above it as a caption; a header row or cell (editio:is-label-cell) in bold; @cols and
       @rows span columns and rows; what stands between its rows or cells (a page break) goes into the
       neighbouring cell (editio:table-before, editio:table-after). Mirrors the HTML table. -->
  <xsl:template _match="{$editio:match('table')}" priority="0.5" mode="efo:block" as="element()*">
    <xsl:variable name="table" as="element()" select="."/>
    <xsl:variable name="columns" as="xs:integer" select="editio:table-columns(.)"/>
    <fo:block space-before="3pt" space-after="6pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:for-each select="tei:head">
        <fo:block font-weight="bold" space-after="3pt" keep-with-next.within-page="always">
          <xsl:apply-templates mode="efo:inline"/>
        </fo:block>
      </xsl:for-each>
      <xsl:if test="* except tei:head">
        <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="9pt" line-height="1.3">
          <xsl:for-each select="1 to $columns">
            <fo:table-column column-number="{.}" column-width="proportional-column-width({efo:column-weight($table, .)})"/>
          </xsl:for-each>
          <fo:table-body>
            <xsl:for-each select="tei:row">
              <xsl:variable name="row" as="element()" select="."/>
              <fo:table-row>
                <xsl:sequence select="efo:id-attr(.)"/>
                <xsl:for-each select="tei:cell">
                  <xsl:call-template name="efo:table-cell">
                    <xsl:with-param name="before" select="(if (position() eq 1) then editio:table-before($row) else (), editio:table-before(.))"/>
                    <xsl:with-param name="after" select="(editio:table-after(.), if (position() eq last()) then editio:table-after($row) else ())"/>
                  </xsl:call-template>
                </xsl:for-each>
                <xsl:if test="empty(tei:cell)">
                  <xsl:call-template name="efo:table-cell">
                    <xsl:with-param name="before" select="editio:table-before(.), node(), editio:table-after(.)"/>
                    <xsl:with-param name="columns" select="$columns"/>
                  </xsl:call-template>
                </xsl:if>
              </fo:table-row>
            </xsl:for-each>
            <xsl:if test="empty(tei:row)">
              <fo:table-row>
                <xsl:call-template name="efo:table-cell">
                  <xsl:with-param name="before" select="* except tei:head"/>
                </xsl:call-template>
              </fo:table-row>
            </xsl:if>
          </fo:table-body>
        </fo:table>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- The width of a table's column relative to the others (FOP cannot size columns by their content): its
       longest cell in characters, at most 60, but at least twice its longest word and 4 more, so that a
       column of numbers stays narrow, one of sentences gets the room, and a word fits its column. Cells are
       counted by position, spanning cells left out. -->
  <xsl:function name="efo:column-weight" as="xs:integer">
    <xsl:param name="table" as="element()"/>
    <xsl:param name="column" as="xs:integer"/>
    <xsl:variable name="cells" as="xs:string*"
      select="$table/tei:row/tei:cell[$column][editio:cell-span(@cols) eq 1] ! normalize-space(.)"/>
    <xsl:variable name="longest-word" as="xs:integer" select="max((0, $cells ! tokenize(.) ! string-length(.)))"/>
    <xsl:sequence select="max((min((60, max((0, $cells ! string-length(.))))), 2 * $longest-word + 4))"/>
  </xsl:function>

  <!-- One cell (the context, a tei:cell; else only $before, $columns wide): its content as blocks (ragged, not
       justified: the columns are narrow), with what stands before and after it in the source. -->
  <xsl:template name="efo:table-cell" as="element(fo:table-cell)">
    <xsl:param name="before" as="node()*" select="()"/>
    <xsl:param name="after" as="node()*" select="()"/>
    <xsl:param name="columns" as="xs:integer" select="1"/>
    <xsl:variable name="cell" as="element()?" select="self::*[editio:behaviour(.) = 'cell']"/>
    <fo:table-cell border="0.4pt solid #999999" padding="1.5pt 2pt">
      <xsl:if test="exists($cell) and editio:is-label-cell(.)">
        <xsl:attribute name="font-weight" select="'bold'"/>
      </xsl:if>
      <xsl:variable name="span" as="xs:integer" select="if (exists($cell)) then editio:cell-span(@cols) else $columns"/>
      <xsl:if test="$span gt 1">
        <xsl:attribute name="number-columns-spanned" select="$span"/>
      </xsl:if>
      <xsl:if test="exists($cell) and editio:cell-span(@rows) gt 1">
        <xsl:attribute name="number-rows-spanned" select="editio:cell-span(@rows)"/>
      </xsl:if>
      <xsl:sequence select="$cell ! efo:id-attr(.)"/>
      <xsl:call-template name="efo:mixed-blocks">
        <xsl:with-param name="nodes" select="$before, $cell/node(), $after"/>
        <xsl:with-param name="efo:align" select="'start'" tunnel="yes"/>
      </xsl:call-template>
      <!-- a table cell must hold a block -->
      <fo:block/>
    </fo:table-cell>
  </xsl:template>

  <!-- row or cell outside a table (TEI allows neither; rendered, not dropped): its content as blocks. -->
  <xsl:template _match="{$editio:match(('row', 'cell'))}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block space-after="3pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:call-template name="efo:mixed-blocks"/>
    </fo:block>
  </xsl:template>

  <!-- Grouping behaviours met inside a row: their content as blocks. -->
  <xsl:template _match="{$editio:match(('container', 'section', 'opener', 'closer'))}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block>
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:call-template name="efo:mixed-blocks"/>
    </fo:block>
  </xsl:template>

  <!-- Inline behaviours standing at block level (e.g. a name directly in a division): a plain block. -->
  <xsl:template _match="{$editio:match(('inline', 'quote', 'name', 'date', 'time', 'idno', 'link', 'supplied', 'choice', 'line-break', 'register-list', 'register-entry', 'deletion', 'addition', 'unclear', 'damage', 'figure', 'gap', 'space', 'page-break', 'apparatus', 'reading'))}" priority="0.5" mode="efo:block" as="element()*">
    <fo:block space-after="5pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:apply-templates select="." mode="efo:inline"/>
    </fo:block>
  </xsl:template>

  <!-- Notes and metadata met at block level inside a row: inline (marker / dagger / nothing). -->
  <xsl:template _match="{$editio:match($efo:no-row)}" priority="0.5" mode="efo:block" as="element()*">
    <xsl:apply-templates select="." mode="efo:inline"/>
  </xsl:template>

  <!-- Comments and processing instructions are not text. -->
  <xsl:template match="comment() | processing-instruction()" mode="efo:block efo:inline efo:list-item" as="empty-sequence()"/>

  <!-- Renders an item as one numbered fo:list-item of a list-block (a point row or a nested list). -->
  <xsl:mode name="efo:list-item" on-no-match="fail"/>

  <!-- One numbered list item: label "n." and its content (blocks or running text). -->
  <xsl:template match="*" mode="efo:list-item" as="element(fo:list-item)">
    <fo:list-item space-after="2pt">
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:list-item-label end-indent="label-end()">
        <!-- The marker of a counted list (editio:is-ordered-list); none for a list of plain items, as on the page. -->
        <fo:block text-align="end"><xsl:value-of select="if (editio:is-ordered-list(parent::tei:list)) then editio:item-marker(.) else ''"/></fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:variable name="body" as="element()*">
          <xsl:call-template name="efo:mixed-blocks"/>
        </xsl:variable>
        <xsl:sequence select="$body"/>
        <!-- An empty item still needs a block (FO), as an empty list item stands on the page. -->
        <xsl:if test="empty($body)">
          <fo:block/>
        </xsl:if>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- The children of the context element as blocks: block-level children in mode efo:block, runs of
       running text (text and inline elements) each wrapped in one justified block. -->
  <xsl:template name="efo:mixed-blocks" as="element()*">
    <!-- the context's children (but the punctuation after a closer's signature, which stands on the
         signature's line: editio:signed-tail), or the nodes given (a table cell's, with what stands beside it) -->
    <xsl:param name="nodes" as="node()*" select="node() except (tei:signed ! editio:signed-tail(.))"/>
    <!-- justified, except where a narrow column wants ragged lines (a table cell: 'start') -->
    <xsl:param name="efo:align" as="xs:string" select="'justify'" tunnel="yes"/>
    <xsl:for-each-group select="$nodes" group-adjacent="boolean(self::*[editio:behaviour(.) = $efo:block-behaviours])">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="efo:block"/>
        </xsl:when>
        <xsl:when test="normalize-space(string-join(current-group() ! string(.), '')) or current-group()/self::*[not(editio:behaviour(.) = $efo:no-row)]">
          <fo:block text-align="{$efo:align}" space-after="3pt">
            <xsl:apply-templates select="current-group()" mode="efo:inline"/>
          </fo:block>
        </xsl:when>
        <xsl:otherwise>
          <!-- whitespace, or notes/metadata only: their markers (footnote marks, daggers), in a block of
               their own since a block context cannot hold inlines; nothing when they have none -->
          <xsl:variable name="marks" as="item()*">
            <xsl:apply-templates select="current-group()/self::*" mode="efo:inline"/>
          </xsl:variable>
          <xsl:if test="exists($marks)">
            <fo:block><xsl:sequence select="$marks"/></fo:block>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- ===== inline behaviours (mode efo:inline) ===== -->

  <!-- Text: copied as it is (as a text node), followed by the footnote marks of the editorial notes whose
       target ends with this text node (efo:note-anchor), unless footnotes are not allowed here. -->
  <xsl:template match="text()" mode="efo:inline" as="item()*">
    <xsl:param name="efo:no-footnotes" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:value-of select="."/>
    <xsl:if test="not($efo:no-footnotes) and normalize-space(.)">
      <xsl:variable name="t" as="text()" select="."/>
      <xsl:for-each select="ancestor::*[@xml:id] ! key('efo:notes-by-target', string(@xml:id))">
        <xsl:sort select="count(preceding::node())" order="ascending"/>
        <xsl:if test="efo:note-anchor(.) is $t">
          <xsl:call-template name="efo:footnote">
            <xsl:with-param name="note" select="."/>
          </xsl:call-template>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- A right part after a left part in running text (editio:right-part-apart): a space before it, as on the page. -->
  <xsl:template match="tei:seg[editio:right-part-apart(.)]" priority="0.6" mode="efo:inline" as="item()*">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- Running text with no rendering of its own; names stay as written (the PDF has no register links); damaged
       text as read (the PDF has no tooltip to name the damage; its supplied and unclear parts are marked). An
       inline element's @rend styles (editio:rend-styles) set on an fo:inline, as the page sets them. -->
  <xsl:template _match="{$editio:match(('inline', 'name', 'date', 'time', 'idno', 'damage'))}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:variable name="styles" as="xs:string*" select="if (editio:behaviour(.) = 'inline') then editio:rend-styles(.) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($styles)">
        <fo:inline>
          <xsl:sequence select="efo:rend-attributes($styles)"/>
          <xsl:apply-templates mode="efo:inline"/>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="efo:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The FO properties of the styles of editio:rend-styles. -->
  <xsl:function name="efo:rend-attributes" as="attribute()*">
    <xsl:param name="styles" as="xs:string*"/>
    <xsl:if test="$styles = 'italic'"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
    <xsl:if test="$styles = 'bold'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
    <xsl:if test="$styles = 'underline'"><xsl:attribute name="text-decoration" select="'underline'"/></xsl:if>
    <xsl:if test="$styles = ('superscript', 'subscript')">
      <xsl:attribute name="baseline-shift" select="if ($styles = 'superscript') then 'super' else 'sub'"/>
      <xsl:attribute name="font-size" select="'75%'"/>
    </xsl:if>
    <xsl:if test="$styles = 'smallcaps'"><xsl:attribute name="font-variant" select="'small-caps'"/></xsl:if>
    <xsl:if test="$styles = 'caps'"><xsl:attribute name="text-transform" select="'uppercase'"/></xsl:if>
    <xsl:if test="$styles = 'spaced'"><xsl:attribute name="letter-spacing" select="'0.15em'"/></xsl:if>
    <xsl:if test="$styles = ('latin', 'printed')">
      <xsl:attribute name="font-family" select="$efo:sans"/>
      <xsl:if test="not($styles = ('superscript', 'subscript'))">
        <xsl:attribute name="font-size" select="'94%'"/>
      </xsl:if>
    </xsl:if>
    <xsl:if test="$styles = 'printed'"><xsl:attribute name="color" select="'#575349'"/></xsl:if>
    <xsl:if test="$styles = 'stamp'">
      <xsl:attribute name="border" select="'0.5pt solid #575349'"/>
      <xsl:attribute name="padding-start" select="'1.5pt'"/>
      <xsl:attribute name="padding-end" select="'1.5pt'"/>
    </xsl:if>
  </xsl:function>

  <!-- Block behaviours met in an inline context: their content, set apart by a space from what comes before
       them (the items of a list in a signature, the paragraphs of a quotation inside a paragraph; the source's
       line breaks between them are not read: common/whitespace.xsl). -->
  <xsl:template _match="{$editio:match(('heading', 'block', 'list', 'item', 'opener', 'opener-part', 'dateline', 'salute', 'closer', 'signed', 'section', 'container', 'document', 'register-list', 'register-entry'))}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:if test="exists(preceding-sibling::node())">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="efo:inline"/>
  </xsl:template>

  <!-- A table, row or cell, a group of lines or a line in an inline context: its content, set apart by a space. -->
  <xsl:template _match="{$editio:match(('table', 'row', 'cell', 'line-group', 'line'))}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:apply-templates mode="efo:inline"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- quote: in typographic quotation marks. -->
  <xsl:template _match="{$editio:match('quote')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:text>“</xsl:text>
    <xsl:apply-templates mode="efo:inline"/>
    <xsl:text>”</xsl:text>
  </xsl:template>

  <!-- supplied: in square brackets; inside a handwritten note it is upright and black (the editor's, not the hand's). -->
  <xsl:template _match="{$editio:match('supplied')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:param name="efo:in-hand" as="xs:boolean" select="false()" tunnel="yes"/>
    <fo:inline>
      <xsl:if test="$efo:in-hand">
        <xsl:attribute name="font-style" select="'normal'"/>
        <xsl:attribute name="color" select="'#000000'"/>
      </xsl:if>
      <xsl:text>[</xsl:text>
      <xsl:apply-templates mode="efo:inline"/>
      <xsl:text>]</xsl:text>
    </fo:inline>
  </xsl:template>

  <!-- choice (orig/reg, abbr/expan, sic/corr): the normalised reading (reg, expan, corr) in the text, keyed
       by a letter to an apparatus footnote giving the diplomatic one (fo_notes.xsl). -->
  <xsl:template _match="{$editio:match('choice')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:apply-templates select="editio:choice-shown(.)" mode="efo:inline"/>
    <xsl:call-template name="efo:apparatus-footnote"/>
  </xsl:template>

  <!-- link: an external (absolute) or same-document link; refused and relative URLs leave the text unlinked. -->
  <xsl:template _match="{$editio:match('link')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:variable name="href" as="xs:string?" select="editio:first-safe-href(@target)"/>
    <xsl:variable name="content" as="item()*">
      <xsl:apply-templates mode="efo:inline"/>
      <xsl:if test="not(node())"><xsl:value-of select="@target"/></xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($href, '#')">
        <fo:basic-link internal-destination="{efo:doc-id(.) || '.' || substring($href, 2)}">
          <xsl:sequence select="$content"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:when test="exists($href) and editio:is-absolute($href)">
        <fo:basic-link external-destination="{efo:url($href)}" color="#1f3f7a">
          <xsl:sequence select="$content"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$content"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- line-break: an empty block ends the line. -->
  <xsl:template _match="{$editio:match('line-break')}" priority="0.5" mode="efo:inline" as="item()*">
    <fo:block/>
  </xsl:template>

  <!-- Transcriptional behaviours: the print convention, explained on the editorial-principles block
       (efo:principles, fo_metadata.xsl). Only glyphs of Liberation Serif are used (˹ ˺ ˻ ˼ ‹ › are in it;
       ⟨ ⟩ are not). -->

  <!-- deletion: struck through. -->
  <xsl:template _match="{$editio:match('deletion')}" priority="0.5" mode="efo:inline" as="item()*">
    <fo:inline text-decoration="line-through"><xsl:apply-templates mode="efo:inline"/></fo:inline>
  </xsl:template>

  <!-- addition: between half brackets, ˹above or in the line˺, ˻below the line˼; an addition elsewhere
       (margin, …) or by a named hand also gets a lettered apparatus footnote saying where and by whom. -->
  <xsl:template _match="{$editio:match('addition')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:variable name="below" as="xs:boolean" select="efo:is-below(.)"/>
    <xsl:sequence select="efo:half-bracket(if ($below) then '˻' else '˹')"/>
    <xsl:apply-templates mode="efo:inline"/>
    <xsl:sequence select="efo:half-bracket(if ($below) then '˼' else '˺')"/>
    <xsl:if test="efo:is-apparatus-item(.)">
      <xsl:call-template name="efo:apparatus-footnote"/>
    </xsl:if>
  </xsl:template>

  <!-- A half bracket, enlarged and bold: Liberation Serif draws these modifier letters very small. -->
  <xsl:function name="efo:half-bracket" as="element(fo:inline)">
    <xsl:param name="glyph" as="xs:string"/>
    <fo:inline font-size="125%" font-weight="bold" line-height="1"><xsl:value-of select="$glyph"/></fo:inline>
  </xsl:function>

  <!-- True for an addition placed below the line. -->
  <xsl:function name="efo:is-below" as="xs:boolean">
    <xsl:param name="add" as="element()"/>
    <xsl:sequence select="tokenize(lower-case(normalize-space($add/@place)), ' ') = ('below', 'infralinear', 'sublinear', 'under')"/>
  </xsl:function>

  <!-- unclear: between single guillemets ‹ ›. -->
  <xsl:template _match="{$editio:match('unclear')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:text>‹</xsl:text>
    <xsl:apply-templates mode="efo:inline"/>
    <xsl:text>›</xsl:text>
  </xsl:template>

  <!-- reading (lem, rdg) outside an apparatus entry: its content. -->
  <xsl:template _match="{$editio:match('reading')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:apply-templates mode="efo:inline"/>
  </xsl:template>

  <!-- hand-shift: a marker naming the new hand, [hand: Name] (editio:hand-name), in small sans-serif type in
       ink colour, set apart from the words around it. -->
  <xsl:template _match="{$editio:match('hand-shift')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:text> </xsl:text>
    <fo:inline font-family="{$efo:sans}" font-size="7pt" font-style="normal" color="{$efo:ink}"
      text-decoration="none">
      <xsl:value-of select="'[hand: ' || editio:hand-name(.) || ']'"/>
    </fo:inline>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- handShift standing as a row of its own: the marker in a block. -->
  <xsl:template _match="{$editio:match('hand-shift')}" priority="0.5" mode="efo:block" as="element(fo:block)">
    <fo:block>
      <xsl:sequence select="efo:id-attr(.)"/>
      <xsl:apply-templates select="." mode="efo:inline"/>
    </fo:block>
  </xsl:template>

  <!-- figure (figure, graphic): '[Image: what it shows]', linked to the image when editio:figure-url gives one;
       a figure's other content after it. Mirrors the HTML. -->
  <xsl:template _match="{$editio:match('figure')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:variable name="url" as="xs:string?" select="editio:figure-url(.)"/>
    <xsl:text>[</xsl:text>
    <xsl:choose>
      <xsl:when test="exists($url)">
        <fo:basic-link external-destination="{efo:url($url)}" color="#1f3f7a">
          <xsl:value-of select="editio:figure-label(.)"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="editio:figure-label(.)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>]</xsl:text>
    <xsl:apply-templates select="* except (tei:graphic, tei:head, tei:figDesc, tei:desc)" mode="efo:inline"/>
  </xsl:template>

  <!-- gap: an ellipsis in brackets. -->
  <xsl:template _match="{$editio:match('gap')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:text>[…]</xsl:text>
  </xsl:template>

  <!-- space: a blank left in the original, as en spaces (about a character each, editio:space-width); FOP
       does not collapse them, and the words on either side stay apart. -->
  <xsl:template _match="{$editio:match('space')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:value-of select="string-join((1 to editio:space-width(.)) ! '&#x2002;')"/>
  </xsl:template>

  <!-- page-break: the page number between bars. -->
  <xsl:template _match="{$editio:match('page-break')}" priority="0.5" mode="efo:inline" as="item()*">
    <fo:inline font-size="7pt" color="#555555"><xsl:value-of select="' |' || @n || '| '"/></fo:inline>
  </xsl:template>

  <!-- milestone: a line drawn in the original (editio:is-drawn-line) as a short rule; any other, nothing. -->
  <xsl:template _match="{$editio:match('milestone')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:if test="editio:is-drawn-line(.)">
      <xsl:text> </xsl:text>
      <fo:leader leader-pattern="rule" leader-length="2em" rule-thickness="0.5pt" color="#555555"/>
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- milestone between blocks: a drawn line as a rule of its own, centred (as on the page); else nothing. -->
  <xsl:template _match="{$editio:match('milestone')}" priority="0.5" mode="efo:block" as="element()*">
    <xsl:if test="editio:is-drawn-line(.)">
      <fo:block text-align="center" space-before="3pt" space-after="6pt">
        <xsl:sequence select="efo:id-attr(.)"/>
        <fo:leader leader-pattern="rule" leader-length="30%" rule-thickness="0.5pt" color="#555555"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- apparatus: the text reading (lemma), keyed by a letter to its apparatus footnote (fo_notes.xsl). -->
  <xsl:template _match="{$editio:match('apparatus')}" priority="0.5" mode="efo:inline" as="item()*">
    <xsl:apply-templates select="editio:apparatus-text-reading(.)" mode="efo:inline"/>
    <xsl:call-template name="efo:apparatus-footnote"/>
  </xsl:template>

  <!-- Handwritten notes are never inline (they stand in the margin), header matter is not text, a list's label
       is shown by its item (efo:list-item). -->
  <xsl:template _match="{$editio:match(('note-margin', 'omit', 'entity-list', 'entity', 'item-label'))}" priority="0.5" mode="efo:inline" as="empty-sequence()"/>

</xsl:stylesheet>
