<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text in HTML, one template per behaviour of common/behaviours.xsl (mirrors fo/fo_text.xsl).
  Templates match a behaviour (_match="{$editio:match('block')}", the static patterns of
  editio:behaviour-patterns), never element names written here, so that a new TEI element is added
  by mapping it to a behaviour. Margin-note targets get their ids, markers and note columns through
  html_notes.xsl (ep:target-attributes, ep:margin-ref, ep:margin-notes-at).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The text of a document (and the content of notes) as HTML; text nodes are copied. -->
  <xsl:mode name="editio:text" on-no-match="text-only-copy"/>

  <!-- The attributes every rendered element carries: id (from @xml:id), lang, and the class tei-NAME plus extras. -->
  <xsl:template name="ep:common-attributes" as="attribute()*">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="ep:copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="@xml:id and not($ep:copy)">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
    </xsl:if>
    <xsl:variable name="own" as="xs:string" select="'tei-' || local-name()"/>
    <xsl:attribute name="class" select="if (empty($class)) then $own else string-join(distinct-values(($own, $class)), ' ')"/>
  </xsl:template>

  <!-- Paragraphs numbered for citation (§1, §2 …): p and ab of the text that are not inside a list item
       (an item is cited by its own number) nor inside a note. -->
  <xsl:function name="ep:is-numbered-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence _select="exists($e[{$editio:is('block')}][ancestor::tei:text]
                                   [not(ancestor::tei:item | ancestor::tei:note | ancestor::tei:app)])"/>
  </xsl:function>

  <!-- The citation numbers of the numbered paragraphs of a tree, by generate-id: counted in document order,
       starting again at each document of a volume (div type="document"), so that a page of a FRUS volume
       numbers its own. Once per tree and transformation (cache), from the p, ab and document divs of the tree's
       texts alone (a numbered block is in a text): an accumulator did the same but matched its rules against
       every node of the file, header and back matter included (about 3 % of a letter's page; docs/benchmarks.md,
       twenty-third session). One pass over the texts' elements, in document order: $root//(A | B | C), a union
       of steps from every node of the tree put in order again, took about twice as long (the
       profile of bench-pages; docs/benchmarks.md, twenty-fifth session). -->
  <xsl:function name="ep:tree-block-numbers" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="fold-left(outermost($root//tei:text)/descendant::*[self::tei:p or self::tei:ab or self::tei:div[@type = 'document']], map { '': 0 },
                            function($numbers as map(xs:string, xs:integer), $e as element()) as map(xs:string, xs:integer) {
                              if ($e/self::tei:div) then map:put($numbers, '', 0)
                              else if (ep:is-numbered-block($e))
                              then let $n := $numbers('') + 1 return map:put(map:put($numbers, '', $n), generate-id($e), $n)
                              else $numbers })"/>
  </xsl:function>

  <!-- The citation number of a numbered paragraph: its position among the numbered paragraphs of the text
       (ep:tree-block-numbers). Inside a document of a volume that holds no other document, the same number is
       taken from that document alone: a page of a volume then passes over its own document, not over the
       whole volume (about 29 ms a page on a FRUS volume of 586 documents). -->
  <xsl:function name="ep:block-number" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="own" as="map(xs:string, xs:integer)?"
      select="$e/ancestor::tei:div[@type = 'document'][1] ! ep:document-block-numbers(.)"/>
    <xsl:sequence select="if (exists($own)) then $own(generate-id($e)) else ep:tree-block-numbers(root($e))(generate-id($e))"/>
  </xsl:function>

  <!-- The numbers of the numbered paragraphs of a document of a volume, by generate-id (counted from the
       document's start, in document order, as ep:tree-block-numbers does); () when the document holds another
       document. Once per document and transformation (cache). -->
  <xsl:function name="ep:document-block-numbers" as="map(xs:string, xs:integer)?" cache="yes">
    <xsl:param name="document" as="element(tei:div)"/>
    <xsl:if test="empty($document//tei:div[@type = 'document'])">
      <xsl:variable name="blocks" as="element()*" select="$document//(tei:p | tei:ab)[ep:is-numbered-block(.)]"/>
      <xsl:sequence select="editio:positions($blocks)"/>
    </xsl:if>
  </xsl:function>

  <!-- Before an item's id: nothing in the first list of the page's text (the points of a letter: 'item-4'),
       'list2-' in its second list not inside an item, and so on, so that two lists never give the same id. -->
  <xsl:function name="ep:list-prefix" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:sequence select="string(($item/ancestor::tei:list[not(ancestor::tei:item)])[1] ! ep:outer-list-prefix(.))"/>
  </xsl:function>

  <!-- ep:list-prefix of the items of $list (a list not inside an item), worked out once per list: block ids
       are asked for several times per item. -->
  <xsl:function name="ep:outer-list-prefix" as="xs:string" cache="yes">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:variable name="n" as="xs:integer" select="count((ep:text-root($list)//tei:list[not(ancestor::tei:item)])[. &lt;&lt; $list]) + 1"/>
    <xsl:sequence select="if ($n eq 1) then '' else 'list' || $n || '-'"/>
  </xsl:function>

  <!-- The stable HTML id of a paragraph or item, for citation: its @xml:id, else one derived from its place in
       the text ('p3' for the third numbered paragraph, 'item-4-2' for item 2 of point 4, 'item-4-p1' for the
       first paragraph of point 4), which stays the same as long as the text does. -->
  <xsl:function name="ep:block-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id) then string($e/@xml:id)
      else if ($e/self::tei:item) then ep:list-prefix($e) || 'item-' || string-join($e/ancestor-or-self::tei:item ! editio:item-number(.), '-')
      else if (ep:is-numbered-block($e)) then 'p' || ep:block-number($e)
      else if ($e/ancestor::tei:item) then ep:block-id($e/ancestor::tei:item[1]) || '-p'
                                           || (count($e/preceding-sibling::*[editio:behaviour(.) = 'block']) + 1)
      else 'block-' || editio:tree-id($e)"/>
  </xsl:function>

  <!-- The visible number of a numbered paragraph ($number; none for another block), linking to itself ($id,
       its ep:block-id): the "link to this paragraph" anchor. -->
  <xsl:template name="ep:paragraph-anchor" as="node()*">
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:if test="exists($number)">
      <a class="para-num" href="#{$id}" data-pagefind-ignore=""
        aria-label="Paragraph {$number}: link to this paragraph">§<xsl:value-of select="$number"/></a>
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The class naming an element's @type, e.g. 'type-points'; () when untyped. -->
  <xsl:function name="ep:type-class" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@type[normalize-space() ne ''] ! ('type-' || replace(normalize-space(.), '[^\p{L}\p{N}_-]', '-', ';j'))"/>
  </xsl:function>

  <!-- True when the margin notes rendered at $e may hang below it (into the free margin beside the following
       text) instead of pushing that text down: no margin note is rendered at the next two blocks. -->
  <xsl:function name="ep:notes-may-hang" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="next" as="element()*"
      select="($e/following::*[editio:behaviour(.) = ('block', 'item', 'list', 'heading', 'opener', 'closer', 'section')])[position() le 2]"/>
    <xsl:sequence select="every $b in $next satisfies empty(($b, $b/descendant::*)[@xml:id][editio:margin-notes-at(.)])"/>
  </xsl:function>

  <!-- The classes of an element carrying margin notes: 'annotated', plus 'notes-hang' when they may hang. -->
  <xsl:function name="ep:annotated-classes" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (exists(editio:margin-notes-at($e))) then ('annotated', 'notes-hang'[ep:notes-may-hang($e)]) else ()"/>
  </xsl:function>

  <!-- document, container: no box of their own. -->
  <xsl:template _match="{$editio:match(('document', 'container'))}" mode="editio:text" priority="2" as="node()*">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- omit, metadata-hidden: nothing in place (certainty is shown with its note by html_notes.xsl). -->
  <xsl:template _match="{$editio:match(('omit', 'metadata-hidden'))}" mode="editio:text" priority="2" as="empty-sequence()"/>

  <!-- section: a div, described by the notes that point to it. -->
  <xsl:template _match="{$editio:match('section')}" mode="editio:text" priority="2" as="element()">
    <!-- A section of the page when it has a heading; a division without one (a letter's div, a postscript,
         an attachment) is a plain box: a <section> without a heading tells a screen reader nothing. -->
    <xsl:element name="{if (*[editio:behaviour(.) = 'heading']) then 'section' else 'div'}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="('text-section', ep:type-class(.))"/>
      </xsl:call-template>
      <xsl:call-template name="ep:target-attributes"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- How many divisions the page's text root lies in: 0, except on the page of one document of a volume
       (the compilation and chapter it stands in), whose headings start at h3 as a letter's do. -->
  <xsl:function name="ep:page-root-depth" as="xs:integer" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="count(ep:text-root($root)/ancestor::tei:div)"/>
  </xsl:function>

  <!-- heading: h3 for a top-level div (h1 is the page title, h2 the page sections), deeper divs go down. -->
  <xsl:template _match="{$editio:match('heading')}" mode="editio:text" priority="2" as="element()">
    <xsl:element name="h{min((6, 2 + count(ancestor::tei:div) - ep:page-root-depth(root(.))))}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="ep:type-class(.)"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- block: a paragraph; when margin notes are rendered here, it shares a grid row with them. -->
  <xsl:template _match="{$editio:match('block')}" mode="editio:text" priority="2" as="element()+">
    <xsl:variable name="notes" as="element(tei:note)*" select="editio:margin-notes-at(.)"/>
    <!-- Its number and id worked out once (ep:block-id would ask for the number again). -->
    <xsl:variable name="number" as="xs:integer?" select="if (ep:is-numbered-block(.)) then ep:block-number(.) else ()"/>
    <xsl:variable name="id" as="xs:string?"
      select="if (not(ancestor::tei:text) or ancestor::tei:note) then ()
              else if (@xml:id) then string(@xml:id)
              else if (exists($number)) then 'p' || $number
              else ep:block-id(.)"/>
    <!-- Written straight to the output: built as a variable first, every paragraph was made twice. -->
    <xsl:choose>
      <xsl:when test="exists($notes)">
        <div class="{string-join(ep:annotated-classes(.), ' ')}">
          <xsl:call-template name="ep:block-paragraphs">
            <xsl:with-param name="number" select="$number"/>
            <xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
          <xsl:apply-templates select="$notes" mode="ep:margin-note"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ep:block-paragraphs">
          <xsl:with-param name="number" select="$number"/>
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A block's <p>, or its paragraphs around the lists it holds. -->
  <xsl:template name="ep:block-paragraphs" as="element()+">
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="empty(tei:list[editio:behaviour(.) = 'list'])">
        <p>
          <xsl:call-template name="ep:paragraph-start">
            <xsl:with-param name="number" select="$number"/>
            <xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
          <xsl:apply-templates mode="#current"/>
          <xsl:call-template name="ep:editorial-note-refs"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ep:paragraph-around-lists">
          <xsl:with-param name="number" select="$number"/>
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The attributes and the first content of a paragraph's <p>: id, classes, number anchor, margin-note call. -->
  <xsl:template name="ep:paragraph-start" as="node()*">
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:call-template name="ep:common-attributes">
      <xsl:with-param name="class" select="(ep:type-class(.), 'numbered'[exists($number)], editio:line-align(.) ! ('align-' || .))"/>
    </xsl:call-template>
    <xsl:if test="exists($id)">
      <xsl:attribute name="id" select="$id"/>
    </xsl:if>
    <xsl:call-template name="ep:target-attributes"/>
    <xsl:call-template name="ep:paragraph-anchor">
      <xsl:with-param name="number" select="$number"/>
      <xsl:with-param name="id" select="$id"/>
    </xsl:call-template>
    <xsl:call-template name="ep:margin-ref"/>
  </xsl:template>

  <!-- A paragraph holding a list, which cannot stand inside <p>: split there, its runs of text before and after
       in paragraphs of their own (the first keeps the id and number, the others are "p-continued"), the
       editorial note calls after its last words. Only such paragraphs pass here: the runs are built as
       nodes first (a tree of their own), which every paragraph would pay for. -->
  <xsl:template name="ep:paragraph-around-lists" as="element()+">
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:variable name="runs" as="element()*">
      <xsl:for-each-group select="node()" group-adjacent="exists(self::tei:list[editio:behaviour(.) = 'list'])">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:apply-templates select="current-group()" mode="editio:text"/>
          </xsl:when>
          <xsl:when test="position() gt 1 and empty(current-group()/self::*) and normalize-space(string-join(current-group() ! string(.), '')) eq ''"/>
          <xsl:otherwise>
            <p class="p-continued"><xsl:apply-templates select="current-group()" mode="editio:text"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="first-run" as="element(p)?" select="$runs[1][self::p]"/>
    <xsl:variable name="rest" as="element()*" select="$runs except $first-run"/>
    <xsl:variable name="refs" as="node()*">
      <xsl:call-template name="ep:editorial-note-refs"/>
    </xsl:variable>
    <p>
      <xsl:call-template name="ep:paragraph-start">
        <xsl:with-param name="number" select="$number"/>
        <xsl:with-param name="id" select="$id"/>
      </xsl:call-template>
      <xsl:sequence select="$first-run/node()"/>
      <xsl:sequence select="$refs[empty($rest)]"/>
    </p>
    <xsl:sequence select="$rest[position() lt last()]"/>
    <xsl:choose>
      <xsl:when test="empty($rest) or empty($refs)">
        <xsl:sequence select="$rest[last()]"/>
      </xsl:when>
      <xsl:when test="$rest[last()][self::p]">
        <p class="p-continued"><xsl:sequence select="$rest[last()]/node(), $refs"/></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$rest[last()]"/>
        <p class="p-continued"><xsl:sequence select="$refs"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- list: ordered when its items are numbered (@n) or it is a list of points; numbers are explicit. -->
  <xsl:template _match="{$editio:match('list')}" mode="editio:text" priority="2" as="element()">
    <xsl:element name="{if (editio:is-ordered-list(.)) then 'ol' else 'ul'}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="ep:type-class(.)"/>
      </xsl:call-template>
      <xsl:apply-templates select="tei:head" mode="ep:list-head"/>
      <xsl:apply-templates select="* except tei:head" mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- item-label: shown by the item after it, as its marker (editio:item-marker). -->
  <xsl:template _match="{$editio:match('item-label')}" mode="editio:text" priority="2" as="empty-sequence()"/>

  <!-- Renders the head of a list as the list's first item; only tei:head is ever applied in it. -->
  <xsl:mode name="ep:list-head" on-no-match="fail"/>

  <!-- A list's head, as its first item (HTML lists cannot hold headings directly). -->
  <xsl:template match="tei:head" mode="ep:list-head" as="element(li)">
    <li class="tei-head list-head"><xsl:apply-templates mode="editio:text"/></li>
  </xsl:template>

  <!-- item: explicit number from @n, the body, and the margin notes rendered at this item. -->
  <xsl:template _match="{$editio:match('item')}" mode="editio:text" priority="2" as="element(li)">
    <xsl:variable name="notes" as="element(tei:note)*" select="editio:margin-notes-at(.)"/>
    <xsl:variable name="ordered" as="xs:boolean" select="editio:is-ordered-list(parent::tei:list)"/>
    <li>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="('item', ep:annotated-classes(.))"/>
      </xsl:call-template>
      <xsl:attribute name="id" select="ep:block-id(.)"/>
      <xsl:if test="$ordered and matches(editio:item-number(.), '\A\p{Nd}+\z', ';j')">
        <xsl:attribute name="value" select="editio:item-number(.)"/>
      </xsl:if>
      <xsl:call-template name="ep:target-attributes"/>
      <div class="item-body">
        <xsl:call-template name="ep:margin-ref"/>
        <xsl:if test="$ordered">
          <a class="item-number" href="#{ep:block-id(.)}"
            aria-label="{(if (parent::tei:list/@type = 'points') then 'Point ' else 'Item ') || replace(editio:item-marker(.), '\.\z', '', ';j')}: link to this {if (parent::tei:list/@type = 'points') then 'point' else 'item'}"
            ><xsl:value-of select="editio:item-marker(.)"/></a>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="*[editio:behaviour(.) = ('block', 'list')]">
            <div class="item-content"><xsl:apply-templates mode="#current"/></div>
          </xsl:when>
          <xsl:otherwise>
            <span class="item-content"><xsl:apply-templates mode="#current"/><xsl:call-template name="ep:editorial-note-refs"/></span>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <xsl:apply-templates select="$notes" mode="ep:margin-note"/>
    </li>
  </xsl:template>

  <!-- table: an HTML table where flow content may stand (in a division, the text, a postscript: ep:in-flow),
       in a wrapper that scrolls sideways on a narrow screen; inside a paragraph or running text, where HTML
       allows no table, spans with the ARIA roles table, row and cell (laid out as a table by editio.css). Its
       heads are the caption; what stands between its rows or cells (a page break) goes into the neighbouring
       cell (editio:table-before, editio:table-after), so that the table keeps its columns and spans. -->
  <xsl:template _match="{$editio:match('table')}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="html" as="xs:boolean" select="ep:in-flow(.)"/>
    <xsl:variable name="table" as="element()">
      <xsl:element name="{if ($html) then 'table' else 'span'}">
        <xsl:call-template name="ep:common-attributes">
          <xsl:with-param name="class" select="(ep:type-class(.), 'table-inline'[not($html)])"/>
        </xsl:call-template>
        <xsl:if test="not($html)">
          <xsl:attribute name="role" select="'table'"/>
        </xsl:if>
        <xsl:if test="tei:head">
          <xsl:element name="{if ($html) then 'caption' else 'span'}">
            <xsl:attribute name="class" select="'table-caption'"/>
            <xsl:for-each select="tei:head">
              <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:apply-templates mode="#current"/>
            </xsl:for-each>
          </xsl:element>
        </xsl:if>
        <xsl:variable name="rows" as="element()*">
          <xsl:for-each select="tei:row">
            <xsl:call-template name="ep:table-row">
              <xsl:with-param name="html" select="$html"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:if test="empty(tei:row) and (* except tei:head)">
            <!-- no rows: what the table holds, in one cell -->
            <xsl:call-template name="ep:table-row">
              <xsl:with-param name="html" select="$html"/>
              <xsl:with-param name="content" select="* except tei:head"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$html"><tbody><xsl:sequence select="$rows"/></tbody></xsl:when>
          <xsl:otherwise><xsl:sequence select="$rows"/></xsl:otherwise>
        </xsl:choose>
      </xsl:element>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$html"><div class="table-wrap"><xsl:sequence select="$table"/></div></xsl:when>
      <xsl:otherwise><xsl:sequence select="$table"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One row (the context, a tei:row): a tr (or a span with role row) of its cells; a row without cells, or a
       table without rows ($content), one cell holding what it has. -->
  <xsl:template name="ep:table-row" as="element()">
    <xsl:param name="html" as="xs:boolean" required="yes"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <xsl:variable name="row" as="element()?" select="self::*[editio:behaviour(.) = 'row']"/>
    <xsl:element name="{if ($html) then 'tr' else 'span'}">
      <xsl:choose>
        <xsl:when test="exists($row)">
          <xsl:call-template name="ep:common-attributes">
            <xsl:with-param name="class" select="if (@role = 'label') then 'row-label' else ()"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="class" select="'tei-row'"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="not($html)">
        <xsl:attribute name="role" select="'row'"/>
      </xsl:if>
      <xsl:variable name="cells" as="element()*" select="$row/tei:cell"/>
      <xsl:for-each select="$cells">
        <xsl:call-template name="ep:table-cell">
          <xsl:with-param name="html" select="$html"/>
          <xsl:with-param name="before" select="(if (position() eq 1) then editio:table-before($row) else (), editio:table-before(.))"/>
          <xsl:with-param name="after" select="(editio:table-after(.), if (position() eq last()) then editio:table-after($row) else ())"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="empty($cells)">
        <xsl:call-template name="ep:table-cell">
          <xsl:with-param name="html" select="$html"/>
          <xsl:with-param name="before" select="if (exists($row)) then (editio:table-before($row), $row/node(), editio:table-after($row)) else $content"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- One cell (the context, a tei:cell; else only $before): a td, or a th when editio:is-label-cell, with its
       spans, what stands before and after it in the source around its content. A space after it keeps the
       words of neighbouring cells apart in the page's text (search index, copied text). -->
  <xsl:template name="ep:table-cell" as="node()+">
    <xsl:param name="html" as="xs:boolean" required="yes"/>
    <xsl:param name="before" as="node()*" select="()"/>
    <xsl:param name="after" as="node()*" select="()"/>
    <xsl:variable name="cell" as="element()?" select="self::*[editio:behaviour(.) = 'cell']"/>
    <xsl:variable name="label" as="xs:boolean" select="exists($cell) and editio:is-label-cell(.)"/>
    <xsl:element name="{if (not($html)) then 'span' else if ($label) then 'th' else 'td'}">
      <xsl:choose>
        <xsl:when test="exists($cell)">
          <xsl:call-template name="ep:common-attributes"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="class" select="'tei-cell'"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="not($html)">
          <xsl:attribute name="role" select="if ($label) then 'columnheader' else 'cell'"/>
        </xsl:when>
        <xsl:when test="$label">
          <xsl:attribute name="scope" select="if (parent::tei:row/@role = 'label') then 'col' else 'row'"/>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="$html and exists($cell) and editio:cell-span(@cols) gt 1">
        <xsl:attribute name="colspan" select="editio:cell-span(@cols)"/>
      </xsl:if>
      <xsl:if test="$html and exists($cell) and editio:cell-span(@rows) gt 1">
        <xsl:attribute name="rowspan" select="editio:cell-span(@rows)"/>
      </xsl:if>
      <xsl:apply-templates select="$before, $cell/node(), $after" mode="editio:text"/>
    </xsl:element>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- row or cell outside a table (TEI allows neither; rendered, not dropped): its content, set apart by spaces. -->
  <xsl:template _match="{$editio:match(('row', 'cell'))}" mode="editio:text" priority="2" as="item()*">
    <span>
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:apply-templates mode="#current"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- opener, closer: the telegram's heading and closing blocks. -->
  <xsl:template _match="{$editio:match(('opener', 'closer'))}" mode="editio:text" priority="2" as="element(div)">
    <div>
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:call-template name="ep:target-attributes"/>
      <!-- the punctuation after a signature stands on the signature's line (editio:signed-tail); a line break
           right after such a line (itself a box) would only add an empty line -->
      <xsl:apply-templates select="node() except (tei:signed ! editio:signed-tail(.), tei:lb[ep:follows-line(.)])" mode="#current"/>
    </div>
  </xsl:template>

  <!-- The behaviours that are lines of their own in an opener or closer (one template renders them). -->
  <xsl:variable name="ep:line-behaviours" static="yes" as="xs:string+" select="('opener-part', 'dateline', 'salute', 'signed')"/>

  <!-- True for a line break that stands right after a line of the opener or closer (a signature, a dateline:
       boxes of their own), with nothing but space or the signature's closing punctuation between them. -->
  <xsl:function name="ep:follows-line" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:variable name="before" as="node()?" select="$lb/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:variable name="line" as="node()?" select="if ($before/self::text()) then $before/preceding-sibling::node()[1][self::tei:signed][editio:signed-tail(.) is $before] else $before"/>
    <xsl:sequence select="exists($line/self::*[editio:behaviour(.) = $ep:line-behaviours])"/>
  </xsl:function>

  <!-- opener-part, dateline, salute, signed: a line of its own (a span when inside running text, set apart by a
       space from what comes before it, as fo/ does: "Herzlichst Arthur", L02558; a box when it holds a list, as
       the signatures of a FRUS document do, which a <p> cannot hold). -->
  <xsl:template _match="{$editio:match($ep:line-behaviours)}" mode="editio:text" priority="2" as="item()+">
    <xsl:variable name="inline" as="xs:boolean" select="exists(parent::tei:p | parent::tei:ab | parent::tei:item[text()[normalize-space()]])"/>
    <xsl:if test="$inline and exists(preceding-sibling::node())">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:element name="{if ($inline) then 'span' else if (tei:list[editio:behaviour(.) = 'list']) then 'div' else 'p'}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="(editio:behaviour(.), ep:type-class(.), editio:line-align(.) ! ('align-' || .))"/>
      </xsl:call-template>
      <xsl:variable name="end" as="element()?" select="editio:line-end-part(.)"/>
      <xsl:choose>
        <xsl:when test="exists($end)">
          <!-- a line's part at the end of the line (editio.css) stays a word apart in the text, as read
               aloud or indexed (the PDF sets a leader there) -->
          <xsl:apply-templates select="node()[. &lt;&lt; $end]" mode="#current"/>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="$end, $end/following-sibling::node()" mode="#current"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="#current"/>
          <xsl:apply-templates select="editio:signed-tail(.)" mode="#current"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- A right part after a left part in running text (editio:right-part-apart): a space before it. -->
  <xsl:template match="tei:seg[editio:right-part-apart(.)]" mode="editio:text" priority="3" as="item()+">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- inline: running text without a rendering of its own; its @rend words as classes, and the styles they ask
       for (editio:rend-styles) as rend-italic, rend-bold … (editio.css). -->
  <xsl:template _match="{$editio:match('inline')}" mode="editio:text" priority="2" as="element(span)">
    <span>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="(ep:type-class(.), tokenize(normalize-space(@rend), ' ') ! ('rend-' || replace(., '[^\p{L}\p{N}_-]', '-', ';j')),
                                              editio:rend-styles(.) ! ('rend-' || .))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- quote: typographic quotation marks written as text (as fo/ does), so that copied or read-aloud
       text keeps them; <q> would leave them to CSS. -->
  <xsl:template _match="{$editio:match('quote')}" mode="editio:text" priority="2" as="element(span)">
    <span>
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:text>“</xsl:text>
      <xsl:apply-templates mode="#current"/>
      <xsl:text>”</xsl:text>
    </span>
  </xsl:template>

  <!-- name: a link into the register (its regularised name as tooltip when it differs), else a span. -->
  <xsl:template _match="{$editio:match('name')}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="href" as="xs:string?" select="editio:first-safe-href(@ref)"/>
    <xsl:variable name="entry" as="element()?" select="editio:register-entry(tokenize(normalize-space(@ref), ' ')[1])"/>
    <xsl:variable name="reg" as="xs:string" select="editio:entry-name($entry)"/>
    <xsl:element name="{if ($href) then 'a' else 'span'}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'name'"/>
      </xsl:call-template>
      <xsl:if test="$href">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:if test="$reg ne '' and $reg ne normalize-space(string-join(.//text()[not(ancestor::*[editio:behaviour(.) = ('supplied', 'deletion')]
                                                                                   or ancestor::*[editio:is-diplomatic-reading(.)])], ''))">
        <xsl:attribute name="title" select="$reg"/>
      </xsl:if>
      <xsl:call-template name="ep:search-filter">
        <xsl:with-param name="entry" select="$entry"/>
        <xsl:with-param name="reg" select="$reg"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- date, time: <time datetime> when machine-readable, the text as written. -->
  <xsl:template _match="{$editio:match(('date', 'time'))}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="value" as="xs:string?" select="(@when, @notBefore, @from)[1]/normalize-space()"/>
    <xsl:element name="{if ($value) then 'time' else 'span'}">
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:if test="$value">
        <xsl:attribute name="datetime" select="$value"/>
        <xsl:attribute name="title" select="if (self::tei:time) then editio:format-time($value) else editio:format-date($value)"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- idno: an identifier, kept together. -->
  <xsl:template _match="{$editio:match('idno')}" mode="editio:text" priority="2" as="element(span)">
    <span>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="ep:type-class(.)"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- A link to a place in the same file ('#id') in a volume (from one of its pages): to the page that
       shows that place (editio:part-showing), with the fragment when the place is in that part, without it
       when it lies between parts (a page break before a document: the page of that document); to the
       volume's contents page when no page shows it (the title page); none when the file has no such place,
       in a volume or a letter (a link to it would go nowhere). Any other href as it is. -->
  <xsl:function name="ep:same-file-href" as="xs:string?">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="from" as="node()"/>
    <xsl:variable name="part" as="xs:string" select="editio:config('part')"/>
    <xsl:variable name="id" as="xs:string" select="substring($href, 2)"/>
    <xsl:choose>
      <xsl:when test="not(starts-with($href, '#'))">
        <xsl:sequence select="$href"/>
      </xsl:when>
      <xsl:when test="empty(id($id, root($from)))">
        <!-- no such place in the file (the 1918 volume's index points at 84 ids it does not have): no link -->
      </xsl:when>
      <xsl:when test="empty(editio:page-parts(root($from)))">
        <xsl:sequence select="$href"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="shown" as="element(tei:div)?" select="editio:part-showing(root($from), $id)"/>
        <xsl:variable name="inside" as="xs:boolean" select="exists(id($id, root($from))/ancestor-or-self::tei:div intersect $shown)"/>
        <xsl:sequence select="if (empty($shown)) then (editio:config('volume-href')[. ne ''], $href)[1]
                              else if (string($shown/@xml:id) eq $part) then $href
                              else editio:part-href(editio:config('id'), $shown) || (if ($inside) then $href else '')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- link: a hyperlink when its target passes the allow-list and is one the site has: an absolute URL, a
       place in this document (#id), or an entry of the register; else its text only. A relative pointer of
       another kind names a file or a resource of the source's own edition ("L00008", a letter's id, or
       "1890-02-03", a diary entry, in the Schnitzler letters) that the site does not have: a link to it
       would be broken. Without content (ptr, an empty ref) it shows its target, as in the PDF. -->
  <xsl:template _match="{$editio:match('link')}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="found" as="xs:string?"
      select="editio:first-safe-href(@target)[editio:is-absolute(.) or starts-with(., '#')
                                              or exists(editio:register-id(tokenize(normalize-space(current()/@target), ' ')[1]))]"/>
    <xsl:variable name="href" as="xs:string?" select="$found ! ep:same-file-href(., current())"/>
    <xsl:element name="{if ($href) then 'a' else 'span'}">
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:if test="$href">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:apply-templates mode="#current"/>
      <xsl:if test="not(node())">
        <xsl:value-of select="@target"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- supplied: in square brackets; the tooltip says who supplied it and why. -->
  <xsl:template _match="{$editio:match('supplied')}" mode="editio:text" priority="2" as="element(span)">
    <span title="{editio:supplied-description(.)}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'supplied'"/>
      </xsl:call-template>
      <span class="bracket">[</span>
      <xsl:apply-templates mode="#current"/>
      <span class="bracket">]</span>
    </span>
  </xsl:template>

  <!-- choice: BOTH readings are in the page; the view (html_views.xsl, assets/editio.js) shows one: the
       normalised view (the default, also without JavaScript) reg/expan/corr, the diplomatic view orig/abbr/sic.
       The title names both, so the other reading stays reachable without switching. -->
  <xsl:template _match="{$editio:match('choice')}" mode="editio:text" priority="2" as="element(span)">
    <span>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'choice'"/>
      </xsl:call-template>
      <xsl:attribute name="title"
        select="string-join(* ! (editio:reading-label(.)[. ne ''] || ': ' || normalize-space(.)), '; ')"/>
      <xsl:for-each select="*">
        <span>
          <xsl:call-template name="ep:common-attributes">
            <xsl:with-param name="class" select="if (editio:is-diplomatic-reading(.)) then 'reading-dipl' else 'reading-norm'"/>
          </xsl:call-template>
          <xsl:apply-templates mode="#current"/>
        </span>
      </xsl:for-each>
    </span>
  </xsl:template>

  <!-- deletion: struck through in the diplomatic view (and in print), hidden in the normalised view. -->
  <xsl:template _match="{$editio:match('deletion')}" mode="editio:text" priority="2" as="element(del)">
    <del title="{string-join(('Deleted in the original', editio:note-hand(.) ! ('by ' || .)), ' ')}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="('reading-dipl', tokenize(normalize-space(@rend), ' ') ! ('rend-' || .))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </del>
  </xsl:template>

  <!-- addition: plain text in the normalised view; in the diplomatic view between half brackets, with
       where it is written (@place) and by whom. -->
  <xsl:template _match="{$editio:match('addition')}" mode="editio:text" priority="2" as="element(ins)">
    <xsl:variable name="place" as="xs:string" select="normalize-space(@place)"/>
    <xsl:variable name="where" as="xs:string?"
      select="map { 'above': 'above the line', 'below': 'below the line', 'margin': 'in the margin', 'top': 'at the top',
                    'bottom': 'at the foot', 'inline': 'in the line' }($place)"/>
    <xsl:variable name="hand" as="xs:string?" select="editio:note-hand(.)"/>
    <ins title="{string-join(('Added', ($where, $place[. ne ''] ! ('at ' || .))[1], $hand ! ('by ' || .)), ' ')}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="$place[. ne ''] ! ('place-' || replace(., '[^\p{L}\p{N}_-]', '-', ';j'))"/>
      </xsl:call-template>
      <span class="add-mark reading-dipl" aria-hidden="true">˹</span>
      <xsl:apply-templates mode="#current"/>
      <span class="add-mark reading-dipl" aria-hidden="true">˺</span>
      <xsl:if test="$place ne ''">
        <span class="add-place reading-dipl">
          <xsl:value-of select="' (' || ($where, $place)[1] || ($hand ! (', ' || .)) || ')'"/>
        </span>
      </xsl:if>
    </ins>
  </xsl:template>

  <!-- unclear: the reading with a dotted underline, the reason in the tooltip and for screen readers. -->
  <xsl:template _match="{$editio:match('unclear')}" mode="editio:text" priority="2" as="element(span)">
    <xsl:variable name="why" as="xs:string" select="string-join(('uncertain reading', normalize-space(@reason)[. ne '']), ': ')"/>
    <span title="{upper-case(substring($why, 1, 1)) || substring($why, 2)}">
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:apply-templates mode="#current"/>
      <span class="visually-hidden" data-pagefind-ignore=""><xsl:value-of select="' (' || $why || ')'"/></span>
    </span>
  </xsl:template>

  <!-- line-group (an address, a stanza): its lines one under the other, in a box of its own where flow content
       may stand (ep:in-flow), else a span shown as a block; each line a span shown as a line, with a space
       after it so that the words of two lines stay apart in the page's text. -->
  <xsl:template _match="{$editio:match('line-group')}" mode="editio:text" priority="2" as="element()">
    <xsl:element name="{if (ep:in-flow(.)) then 'div' else 'span'}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="('line-group', ep:type-class(.))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template _match="{$editio:match('line')}" mode="editio:text" priority="2" as="item()+">
    <span>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'line'"/>
      </xsl:call-template>
      <xsl:apply-templates mode="#current"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- figure (figure, graphic): '[Image: what it shows]', linked to the image when editio:figure-url gives
       one (the page loads no image from another host); a figure's other content (a paragraph in it) after it. -->
  <xsl:template _match="{$editio:match('figure')}" mode="editio:text" priority="2" as="item()+">
    <xsl:variable name="url" as="xs:string?" select="editio:figure-url(.)"/>
    <span>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'figure'"/>
      </xsl:call-template>
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <xsl:when test="exists($url)"><a href="{$url}"><xsl:value-of select="editio:figure-label(.)"/></a></xsl:when>
        <xsl:otherwise><xsl:value-of select="editio:figure-label(.)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>]</xsl:text>
    </span>
    <xsl:apply-templates select="* except (tei:graphic, tei:head, tei:figDesc, tei:desc)" mode="#current"/>
  </xsl:template>

  <!-- damage: the words as read, the damage in the tooltip ('Damaged in the original: paperloss'). -->
  <xsl:template _match="{$editio:match('damage')}" mode="editio:text" priority="2" as="element(span)">
    <span title="{string-join(('Damaged in the original', normalize-space(@agent)[. ne '']), ': ')}">
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- hand-shift: from here on another hand writes; a marker naming it, [hand: Name] (editio:hand-name), in
       small sans-serif type in ink colour as in the PDF, set apart from the words around it. -->
  <xsl:template _match="{$editio:match('hand-shift')}" mode="editio:text" priority="2" as="item()+">
    <xsl:variable name="hand" as="xs:string" select="editio:hand-name(.)"/>
    <xsl:text> </xsl:text>
    <span title="From here on written by {$hand}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'hand-shift'"/>
      </xsl:call-template>
      <xsl:value-of select="'[hand: ' || $hand || ']'"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- gap: a bracketed ellipsis, described in the tooltip and for screen readers. -->
  <xsl:template _match="{$editio:match('gap')}" mode="editio:text" priority="2" as="element()">
    <xsl:element name="{if (parent::*[editio:behaviour(.) = ('section', 'container')]) then 'p' else 'span'}">
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:attribute name="title" select="upper-case(substring(editio:gap-description(.), 1, 1)) || substring(editio:gap-description(.), 2)"/>
      <span aria-hidden="true">[…]</span>
      <span class="visually-hidden" data-pagefind-ignore=""><xsl:value-of select="'(' || editio:gap-description(.) || ')'"/></span>
    </xsl:element>
  </xsl:template>

  <!-- space: a blank left in the original, as en spaces (about a character each, editio:space-width). They are
       white space to text extraction, so the words on either side stay apart, and CSS does not collapse
       them, so the blank stays visible; the tooltip gives its extent. -->
  <xsl:template _match="{$editio:match('space')}" mode="editio:text" priority="2" as="element(span)">
    <xsl:variable name="extent" as="xs:string"
      select="if (@quantity) then ' (' || normalize-space(@quantity) || ' ' || (normalize-space(@unit)[. ne ''], 'chars')[1] || ')' else ''"/>
    <span title="Space in the original{$extent}">
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:value-of select="string-join((1 to editio:space-width(.)) ! '&#x2002;')"/>
    </span>
  </xsl:template>

  <!-- page-break: the page number of the original in the flow (a line of its own between blocks), linked
       to the facsimile when @facs is an absolute URL that passes the allow-list. A relative @facs
       ("Boel_Pis_0026" in the Schnitzler letters) names an image or a surface that Editio does not
       publish: a link to it would be broken. -->
  <xsl:template _match="{$editio:match('page-break')}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="facs" as="xs:string?" select="editio:first-safe-href(@facs)[editio:is-absolute(.)]"/>
    <xsl:variable name="label" as="xs:string" select="if (@n) then 'p. ' || @n else 'page break'"/>
    <xsl:element name="{ep:flow-element(.)}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'page-break'"/>
      </xsl:call-template>
      <xsl:attribute name="data-pagefind-ignore" select="''"/>
      <xsl:choose>
        <xsl:when test="$facs">
          <a class="page-number" href="{$facs}" title="Facsimile of {$label}"><xsl:value-of select="$label"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="page-number"><xsl:value-of select="$label"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- The element of a marker that stands in the flow (a page break, a milestone): an item in a list, a box of
       its own between blocks, else inline. -->
  <xsl:function name="ep:flow-element" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/parent::*[editio:behaviour(.) = 'list']) then 'li'
                          else if ($e/parent::*[editio:behaviour(.) = ('section', 'container', 'opener', 'closer')]) then 'div' else 'span'"/>
  </xsl:function>

  <!-- milestone: a boundary; a line drawn in the original (editio:is-drawn-line) is a rule, a separator of its
       own between blocks, a short one in running text (editio.css); any other milestone shows nothing (an
       empty element keeps its id). -->
  <xsl:template _match="{$editio:match('milestone')}" mode="editio:text" priority="2" as="element()">
    <xsl:variable name="line" as="xs:boolean" select="editio:is-drawn-line(.)"/>
    <xsl:element name="{ep:flow-element(.)}">
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'milestone'[$line]"/>
      </xsl:call-template>
      <xsl:if test="$line">
        <xsl:attribute name="role" select="'separator'"/>
        <xsl:attribute name="title" select="'A line drawn in the original'"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- reading (lem, rdg) outside an app: its content. -->
  <xsl:template _match="{$editio:match('reading')}" mode="editio:text" priority="2" as="element(span)">
    <span>
      <xsl:call-template name="ep:common-attributes"/>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <!-- line-break. -->
  <xsl:template _match="{$editio:match('line-break')}" mode="editio:text" priority="2" as="element(br)">
    <br/>
  </xsl:template>

</xsl:stylesheet>
