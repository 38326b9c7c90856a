<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shared behaviour vocabulary. Every TEI element the edition knows is mapped here to ONE behaviour
  name; xslt/html/ and xslt/fo/ each implement every behaviour once (html_text.xsl <-> fo_text.xsl …).
  Adding an element to the edition means adding a line to editio:behaviour, not writing it twice.

  Vocabulary (output-independent):
    document        the TEI root: page / page-sequence
    container       text, body, front, back, group, docTitle: no box of its own, children in order
    section         div, postscript, titlePage, frus:attachment: a section of the text (a postscript: the letter's section after
                    its closer; an attachment: a paper enclosed with a FRUS document)
    heading         head
    block           p, ab; a title page's titlePart, byline, docDate, docImprint, docAuthor: a paragraph-level block
    list            list
    item            item (numbered from @n when present; marked by the label before it when there is one)
    item-label      label in a list, before an item: shown as that item's marker ("(1)", "a)"), nothing of its own
    table           table: a table of rows and cells (its head is the caption); row[@role='label'] and
                    cell[@role='label'] are headers, @cols and @rows span columns and rows (editio:cell-span)
    row             row of a table
    cell            cell of a row
    opener          opener: the telegram's heading block
    opener-part     seg[@type = classification | distribution | handling | letterhead] in the opener, and any seg
                    that stands directly in an opener holding no text of its own (only such elements, one under
                    the other) or directly in a div (outside the paragraphs): a line of its own (its parts marked
                    rend="left" and rend="right" at either end of it; rend="right" or "center" on the line itself
                    aligns it, editio:line-align)
    dateline        dateline (place, number, time, date)
    salute          salute (the addressee line)
    line-group      address, lg: lines one under the other (a postal address on a letter's envelope or
                    cover, a stanza of verse)
    line            addrLine, l: one line of an address or of verse
    closer          closer (closing date and signature)
    signed          signed
    inline          hi, seg, emph, foreign, term, title, abbr, expan, subst (its del and add render as such),
                    anchor (an empty point, a target of pointers), bibl outside an entity list (a reference in
                    a note), publisher, pubPlace … : running text, no own rendering
    quote           q, quote, said: inline quotation, in quotation marks
    name            persName, placeName, orgName: link into the register when @ref points there
    date            date (machine-readable @when)
    time            time (machine-readable @when)
    idno            idno
    link            ref, ptr: a hyperlink through editio:safe-url
    supplied        supplied: in square brackets, with who supplied it and why
    choice          choice: the preferred reading shown, the other offered (see editio:choice-shown); the HTML
                    page carries both and switches between a normalised and a diplomatic view
    deletion        del: text struck out in the original (diplomatic view: struck through; normalised: hidden)
    addition        add: text added in the original, at @place (diplomatic view: marked; normalised: plain)
    unclear         unclear: text read with uncertainty
    damage          damage: text on a damaged part of the original (@agent: paper loss, ink, a hole …); its
                    words as read, the damage named where the output can say it (HTML: tooltip)
    hand-shift      handShift: from here on another hand writes; a marker naming it, [hand: Name] (editio:hand-name)
    gap             gap: omitted or illegible text, a marker with its extent and reason
    space           space: a space left in the original; a visible (and text-separating) space whose width
                    follows @quantity/@unit (editio:space-width)
    page-break      pb: a page break of the original, with its number
    milestone       milestone: a boundary in the text; with rend="line", a line drawn across the page in the
                    original (a short rule of its own between blocks, a short rule in running text), else nothing
                    visible
    figure          figure, graphic: an image of the original or of its subject, shown as '[Image: what it
                    shows]' (editio:figure-label) linked to the image (editio:figure-url: an absolute URL that passes the allow-list);
                    the edition embeds no image from another host
    apparatus       app: a point of variation; the lemma (else the first reading) in the text, the
                    readings with their witnesses' sigla in the apparatus (common/apparatus.xsl)
    reading         lem, rdg: the content of a reading (rendered through its app)
    note-editorial  note in the text (type editorial or none): numbered note in the notes section
    note-margin     note in standOff (type marginal): a handwritten annotation beside its target(s)
    line-break      lb
    metadata-hidden certainty, respons: editorial metadata, not rendered as text in place
    omit            teiHeader, standOff, listAnnotation, facsimile: render no text of their own here
    register-list   listPerson, listPlace, listOrg (register page)
    register-entry  person, place, org (register page)
    entity-list     listPerson, listPlace, listOrg, listBibl, listEvent in a document's back matter or standOff:
                    rendered nowhere in place; its entries are gathered into the section "Named in this
                    document" (common/entities.xsl, html/html_entities.xsl, fo/fo_entities.xsl)
    entity          person, personGrp, place, org, bibl, biblStruct, event inside an entity-list: one line
                    (name, dates, where, identifier links in HTML), from editio:entity-summary
    unknown         anything else: rendered visibly and reported (editio:report-unhandled); an unknown
                    element that TEI sets apart from its neighbours (editio:stands-apart: byline, trailer,
                    fw …, or one holding paragraphs) is rendered as a block, or at least separated by white space, so that
                    no text extraction (search index, screen reader, copy) runs its words into the next
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The opener seg types that are parts of the telegram heading rather than running text. -->
  <xsl:variable name="ep:opener-seg-types" static="yes" as="xs:string+" select="('classification', 'distribution', 'handling', 'letterhead')"/>

  <!-- Elements (local names in the TEI namespace) that are running text with no rendering of their own. -->
  <xsl:variable name="ep:inline-names" static="yes" as="xs:string+"
    select="('hi', 'seg', 'emph', 'foreign', 'term', 'title', 'abbr', 'expan', 'orig', 'reg', 'sic', 'corr',
             'mentioned', 'soCalled', 'distinct', 'gloss', 'w', 'c', 'pc', 'num', 'measure', 'rs', 'name',
             'roleName', 'forename', 'surname', 'addName', 'genName', 'gi', 'att', 'desc', 'subst', 'anchor',
             'publisher', 'pubPlace')"/>

  <!-- TEI elements (local names) that are blocks of their own in the text: an unknown one is rendered as a
       block (HTML div or a span displayed as a block, FO block). -->
  <xsl:variable name="ep:block-names" as="xs:string+"
    select="('byline', 'docAuthor', 'docDate', 'docEdition', 'docImprint',
             'docTitle', 'titlePage', 'titlePart', 'trailer', 'epigraph', 'argument', 'floatingText',
             'fw', 'figDesc', 'listBibl', 'biblStruct', 'sp', 'speaker', 'stage',
             'castList', 'castGroup', 'castItem', 'listWit', 'witness', 'listEvent', 'event', 'div1', 'div2',
             'div3', 'div4', 'div5', 'div6', 'div7', 'u', 'eg')"/>

  <!-- TEI milestones (local names) that stay inline but part the words around them (a change of hand, a
       column break): an unknown one gets white space on both sides. -->
  <xsl:variable name="ep:separate-names" as="xs:string+" select="('cb')"/>

  <!-- TEI elements (local names) that hold text as blocks: an unknown element around one of them (a frame
       round a dedication's paragraph, in a Schnitzler letter) is a block too, not a line of running text. -->
  <xsl:variable name="ep:paragraph-names" as="xs:string+"
    select="('p', 'ab', 'lg', 'list', 'table', 'div', 'head', 'opener', 'closer', 'postscript')"/>

  <!-- True for a TEI element that is a block of its own in the text (see ep:block-names), or that holds
       paragraphs or such blocks as its children (ep:paragraph-names). -->
  <xsl:function name="editio:is-block-element" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*[local-name() = $ep:block-names])
                          or exists($e/self::tei:*/tei:*[local-name() = ($ep:paragraph-names, $ep:block-names)])"/>
  </xsl:function>

  <!-- True for a TEI element whose text must not run into its neighbours' words: the block elements and
       the inline ones of ep:separate-names. -->
  <xsl:function name="editio:stands-apart" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="editio:is-block-element($e) or exists($e/self::tei:*[local-name() = $ep:separate-names])"/>
  </xsl:function>

  <!-- The width of a space (tei:space) in characters, from @quantity and @unit: characters, letters and
       ems count as one each, any other unit (words, lines, cm …) as four; at least 1, at most 12, so that
       a large blank in the original stays a readable gap on the page. -->
  <xsl:function name="editio:space-width" as="xs:integer">
    <xsl:param name="space" as="element()"/>
    <xsl:variable name="quantity" as="xs:double"
      select="if ($space/@quantity castable as xs:double) then xs:double($space/@quantity) else 1"/>
    <xsl:variable name="unit" as="xs:string" select="lower-case(normalize-space($space/@unit))"/>
    <xsl:variable name="per-unit" as="xs:double"
      select="if ($unit = ('', 'char', 'chars', 'character', 'characters', 'letter', 'letters', 'em', 'ems')) then 1 else 4"/>
    <xsl:sequence select="xs:integer(max((1, min((12, round($quantity * $per-unit))))))"/>
  </xsl:function>

  <!-- Lists of named entities, and their entries, that a document may carry in back or standOff. -->
  <xsl:variable name="ep:entity-list-names" static="yes" as="xs:string+"
    select="('listPerson', 'listPlace', 'listOrg', 'listBibl', 'listEvent')"/>
  <xsl:variable name="ep:entity-names" static="yes" as="xs:string+"
    select="('person', 'personGrp', 'place', 'org', 'bibl', 'biblStruct', 'event')"/>

  <!-- True for an entity list of a document: one of ep:entity-list-names inside back or standOff. -->
  <xsl:function name="ep:is-entity-list" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*[local-name() = $ep:entity-list-names][ancestor::tei:back or ancestor::tei:standOff])"/>
  </xsl:function>

  <!-- True for an element inside an entry of an entity list (its note is part of the entry, not an
       annotation of the text). -->
  <xsl:function name="editio:in-entity" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::tei:*[local-name() = $ep:entity-names][parent::*[ep:is-entity-list(.)]])"/>
  </xsl:function>

  <!-- THE mapping of TEI elements to behaviours, the one definition both outputs use: behaviour name → an
       XSLT pattern matching exactly the elements that have it (names in the TEI namespace, a predicate where
       the context decides: a seg of the opener, a note in an entity, a list of entities). The patterns are
       mutually exclusive; every element they leave out (incl. foreign namespaces) is 'unknown'. The prefixes
       tei:, editio: and ep: are written out as EQNames (Q{uri}name), since a pattern is compiled with the
       namespaces of the module that uses it. It is a
       static variable so that template rules match by name through shadow attributes
       (_match="{$editio:match('block')}"), which Saxon dispatches by element name instead of testing every
       rule's predicate on every element; editio:behaviour answers from the same patterns (mode
       ep:behaviour). Adding an element to the edition means adding it here. -->
  <xsl:variable name="editio:behaviour-patterns" static="yes" as="map(xs:string, xs:string+)" select="
    let $tei := function($names as xs:string+, $predicate as xs:string?) as xs:string+ {
          $names ! ('tei:' || . || $predicate ! ('[' || . || ']'))
          ! replace(replace(replace(., '(^|[^A-Za-z0-9_.-])tei:', '$1Q{http://www.tei-c.org/ns/1.0}'),
                            '(^|[^A-Za-z0-9_.-])editio:', '$1Q{urn:editio}'), '(^|[^A-Za-z0-9_.-])ep:', '$1Q{urn:editio:private}') },
        $in-entity-list := 'parent::*[ep:is-entity-list(.)]'
    return map {
      'document':        $tei('TEI', ()),
      'container':       $tei(('text', 'body', 'front', 'back', 'group', 'docTitle'), ()),
      'section':         ($tei(('div', 'postscript', 'titlePage'), ()), 'Q{http://history.state.gov/frus/ns/1.0}attachment'),
      'heading':         $tei('head', ()),
      'block':           $tei(('p', 'ab', 'titlePart', 'byline', 'docDate', 'docImprint', 'docAuthor'), ()),
      'list':            $tei('list', ()),
      'item':            $tei('item', ()),
      'item-label':      $tei('label', 'parent::tei:list and following-sibling::*[1][self::tei:item]'),
      'table':           $tei('table', ()),
      'row':             $tei('row', ()),
      'cell':            $tei('cell', ()),
      'opener':          $tei('opener', ()),
      'opener-part':     $tei('seg', 'ep:is-line-seg(.)'),
      'dateline':        $tei('dateline', ()),
      'salute':          $tei('salute', ()),
      'line-group':      $tei(('address', 'lg'), ()),
      'line':            $tei(('addrLine', 'l'), ()),
      'closer':          $tei('closer', ()),
      'signed':          $tei('signed', ()),
      'quote':           $tei(('q', 'quote', 'said'), ()),
      'name':            $tei(('persName', 'placeName', 'orgName'), ()),
      'date':            $tei('date', ()),
      'time':            $tei('time', ()),
      'idno':            $tei('idno', ()),
      'link':            $tei(('ref', 'ptr'), ()),
      'supplied':        $tei('supplied', ()),
      'choice':          $tei('choice', ()),
      'deletion':        $tei('del', ()),
      'addition':        $tei('add', ()),
      'unclear':         $tei('unclear', ()),
      'damage':          $tei('damage', ()),
      'hand-shift':      $tei('handShift', ()),
      'gap':             $tei('gap', ()),
      'space':           $tei('space', ()),
      'page-break':      $tei('pb', ()),
      'milestone':       $tei('milestone', ()),
      'figure':          $tei(('figure', 'graphic'), ()),
      'apparatus':       $tei('app', ()),
      'reading':         $tei(('lem', 'rdg'), ()),
      'note-margin':     $tei('note', 'editio:is-margin-note(.)'),
      'note-editorial':  $tei('note', 'not(ancestor::tei:standOff or @type = ''marginal'') and not(editio:in-entity(.))'),
      'line-break':      $tei('lb', ()),
      'metadata-hidden': $tei(('certainty', 'respons', 'precision'), ()),
      'entity-list':     $tei($ep:entity-list-names, 'ep:is-entity-list(.)'),
      'entity':          $tei($ep:entity-names, $in-entity-list),
      'omit':            $tei(('teiHeader', 'standOff', 'listAnnotation', 'facsimile'), ()),
      'register-list':   $tei(('listPerson', 'listPlace', 'listOrg'), 'not(ep:is-entity-list(.))'),
      'register-entry':  $tei(('person', 'place', 'org'), 'not(' || $in-entity-list || ')'),
      'inline':          ($tei($ep:inline-names[. ne 'seg'], ()),
                          $tei('seg', 'not(ep:is-line-seg(.))'),
                          $tei('bibl', 'not(' || $in-entity-list || ')'),
                          $tei('note', 'editio:in-entity(.)'))
    }"/>

  <!-- The pattern matching the elements of the given behaviours, for _match shadow attributes:
       _match="{$editio:match(('opener', 'closer'))}". 'unknown' has no pattern: its rules match
       *[editio:behaviour(.) = 'unknown'] at the lowest priority of their mode, so that they are tried last. -->
  <xsl:variable name="editio:match" static="yes" as="function(xs:string+) as xs:string"
    select="function($behaviours as xs:string+) as xs:string {
              string-join($behaviours ! $editio:behaviour-patterns(.), ' | ') }"/>

  <!-- A test of the context element for the given behaviours, for expressions (_select, _test) that look
       at many elements: ancestor::*[{$editio:is(('choice', 'deletion'))}] is ancestor::*[editio:behaviour(.)
       = ('choice', 'deletion')] with name tests instead of a function call per element. (Each pattern of
       editio:match is also a child step: //({$editio:match('entity')}) selects the descendants of a
       behaviour; Saxon finds them by name.) -->
  <xsl:variable name="editio:is" static="yes" as="function(xs:string+) as xs:string"
    select="function($behaviours as xs:string+) as xs:string {
              'exists(' || string-join($behaviours ! $editio:behaviour-patterns(.) ! ('self::' || .), ' | ') || ')' }"/>

  <!-- The same with a further condition on the element: _match="{$editio:match-where('note-editorial',
       'exists(ep:editorial-note-targets(.))')}" (the condition is added to every alternative, so that the
       rule is still dispatched by name). -->
  <xsl:variable name="editio:match-where" static="yes" as="function(xs:string+, xs:string) as xs:string"
    select="function($behaviours as xs:string+, $condition as xs:string) as xs:string {
              string-join($behaviours ! $editio:behaviour-patterns(.) ! (. || '[' || $condition || ']'), ' | ') }"/>

  <!-- The behaviour name of a TEI element; 'unknown' for anything without a rule (incl. foreign namespaces). -->
  <xsl:function name="editio:behaviour" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:apply-templates select="$e" mode="ep:behaviour"/>
  </xsl:function>

  <!-- The behaviour of an element, from editio:behaviour-patterns: one rule per behaviour (keep the list
       complete: a behaviour missing here would answer 'unknown'). -->
  <xsl:mode name="ep:behaviour" on-no-match="fail"/>
  <xsl:template _match="{$editio:match('document')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'document'"/></xsl:template>
  <xsl:template _match="{$editio:match('container')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'container'"/></xsl:template>
  <xsl:template _match="{$editio:match('section')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'section'"/></xsl:template>
  <xsl:template _match="{$editio:match('heading')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'heading'"/></xsl:template>
  <xsl:template _match="{$editio:match('block')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'block'"/></xsl:template>
  <xsl:template _match="{$editio:match('list')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'list'"/></xsl:template>
  <xsl:template _match="{$editio:match('item')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'item'"/></xsl:template>
  <xsl:template _match="{$editio:match('item-label')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'item-label'"/></xsl:template>
  <xsl:template _match="{$editio:match('table')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'table'"/></xsl:template>
  <xsl:template _match="{$editio:match('row')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'row'"/></xsl:template>
  <xsl:template _match="{$editio:match('cell')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'cell'"/></xsl:template>
  <xsl:template _match="{$editio:match('opener')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'opener'"/></xsl:template>
  <xsl:template _match="{$editio:match('opener-part')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'opener-part'"/></xsl:template>
  <xsl:template _match="{$editio:match('dateline')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'dateline'"/></xsl:template>
  <xsl:template _match="{$editio:match('salute')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'salute'"/></xsl:template>
  <xsl:template _match="{$editio:match('line-group')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'line-group'"/></xsl:template>
  <xsl:template _match="{$editio:match('line')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'line'"/></xsl:template>
  <xsl:template _match="{$editio:match('closer')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'closer'"/></xsl:template>
  <xsl:template _match="{$editio:match('signed')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'signed'"/></xsl:template>
  <xsl:template _match="{$editio:match('quote')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'quote'"/></xsl:template>
  <xsl:template _match="{$editio:match('name')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'name'"/></xsl:template>
  <xsl:template _match="{$editio:match('date')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'date'"/></xsl:template>
  <xsl:template _match="{$editio:match('time')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'time'"/></xsl:template>
  <xsl:template _match="{$editio:match('idno')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'idno'"/></xsl:template>
  <xsl:template _match="{$editio:match('link')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'link'"/></xsl:template>
  <xsl:template _match="{$editio:match('supplied')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'supplied'"/></xsl:template>
  <xsl:template _match="{$editio:match('choice')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'choice'"/></xsl:template>
  <xsl:template _match="{$editio:match('deletion')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'deletion'"/></xsl:template>
  <xsl:template _match="{$editio:match('addition')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'addition'"/></xsl:template>
  <xsl:template _match="{$editio:match('unclear')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'unclear'"/></xsl:template>
  <xsl:template _match="{$editio:match('damage')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'damage'"/></xsl:template>
  <xsl:template _match="{$editio:match('hand-shift')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'hand-shift'"/></xsl:template>
  <xsl:template _match="{$editio:match('gap')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'gap'"/></xsl:template>
  <xsl:template _match="{$editio:match('space')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'space'"/></xsl:template>
  <xsl:template _match="{$editio:match('page-break')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'page-break'"/></xsl:template>
  <xsl:template _match="{$editio:match('milestone')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'milestone'"/></xsl:template>
  <xsl:template _match="{$editio:match('figure')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'figure'"/></xsl:template>
  <xsl:template _match="{$editio:match('apparatus')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'apparatus'"/></xsl:template>
  <xsl:template _match="{$editio:match('reading')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'reading'"/></xsl:template>
  <xsl:template _match="{$editio:match('note-margin')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'note-margin'"/></xsl:template>
  <xsl:template _match="{$editio:match('note-editorial')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'note-editorial'"/></xsl:template>
  <xsl:template _match="{$editio:match('line-break')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'line-break'"/></xsl:template>
  <xsl:template _match="{$editio:match('metadata-hidden')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'metadata-hidden'"/></xsl:template>
  <xsl:template _match="{$editio:match('entity-list')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'entity-list'"/></xsl:template>
  <xsl:template _match="{$editio:match('entity')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'entity'"/></xsl:template>
  <xsl:template _match="{$editio:match('omit')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'omit'"/></xsl:template>
  <xsl:template _match="{$editio:match('register-list')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'register-list'"/></xsl:template>
  <xsl:template _match="{$editio:match('register-entry')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'register-entry'"/></xsl:template>
  <xsl:template _match="{$editio:match('inline')}" mode="ep:behaviour" as="xs:string"><xsl:sequence select="'inline'"/></xsl:template>
  <xsl:template match="*" mode="ep:behaviour" priority="-10" as="xs:string"><xsl:sequence select="'unknown'"/></xsl:template>

  <!-- True for a handwritten standoff annotation: a note inside standOff, or any note of type 'marginal'. -->
  <xsl:function name="editio:is-margin-note" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:note[ancestor::tei:standOff or @type = 'marginal'][not(editio:in-entity(.))])"/>
  </xsl:function>

  <!-- The preferred child of a choice, shown in the text (expan, reg, corr; else the first child). -->
  <xsl:function name="editio:choice-shown" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/(tei:expan | tei:reg | tei:corr), $choice/*)[1]"/>
  </xsl:function>

  <!-- The alternative child of a choice, offered as a tooltip / second reading (abbr, orig, sic). -->
  <xsl:function name="editio:choice-alternative" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/* except editio:choice-shown($choice))[1]"/>
  </xsl:function>

  <!-- True for the child of a choice that belongs to the diplomatic view (the source as it stands: orig,
       abbr, sic); the others (reg, expan, corr) belong to the normalised view. -->
  <xsl:function name="editio:is-diplomatic-reading" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:orig | self::tei:abbr | self::tei:sic))"/>
  </xsl:function>

  <!-- What a choice child is, in words: 'original spelling', 'regularised', 'abbreviation', 'expansion',
       'as written (error)', 'correction'; '' for anything else. -->
  <xsl:function name="editio:reading-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="labels" as="map(xs:string, xs:string)"
      select="map { 'orig': 'original spelling', 'reg': 'regularised', 'abbr': 'abbreviation', 'expan': 'expansion',
                    'sic': 'as written', 'corr': 'correction' }"/>
    <xsl:sequence select="if ($e/self::tei:*) then string($labels(local-name($e))) else ''"/>
  </xsl:function>

  <!-- A gap in words: 'illegible, 2 words omitted', 'text omitted'. -->
  <xsl:function name="editio:gap-description" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="extent" as="xs:string?"
      select="if ($gap/@quantity) then string($gap/@quantity) || ' ' || (string($gap/@unit), 'unit')[. ne ''][1]
                || (if (string($gap/@quantity) ne '1') then 's' else '') else ()"/>
    <xsl:sequence select="string-join((normalize-space($gap/@reason)[. ne ''], normalize-space($gap/tei:desc)[. ne ''],
                                       ($extent, 'text')[1] || ' omitted'), ', ')"/>
  </xsl:function>

  <!-- A figure or graphic in words: 'Image', and what it shows when its heads, figDesc or desc say it
       ('Image: the Stadttheater'). -->
  <xsl:function name="editio:figure-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string-join(('Image', normalize-space(string-join($e/(tei:head | tei:figDesc | tei:desc | tei:graphic/tei:desc), ' '))[. ne '']), ': ')"/>
  </xsl:function>

  <!-- The image a figure or graphic links to: the first graphic's @url, when it is an absolute URL that passes
       the allow-list (editio:first-safe-href); () otherwise. -->
  <xsl:function name="editio:figure-url" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/self::tei:graphic, $e/tei:graphic)[1]/@url ! editio:first-safe-href(.)[editio:is-absolute(.)]"/>
  </xsl:function>

  <!-- The label used for a list item's number: @n when present, else its position among its siblings. -->
  <xsl:function name="editio:item-number" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:sequence select="if ($item/@n) then string($item/@n) else string(count($item/preceding-sibling::tei:item) + 1)"/>
  </xsl:function>

  <!-- Whether a list counts its items (ol on the page, markers in the PDF): numbered items (@n), labelled
       items, or a list typed or rendered as numbered; a list of plain items has no markers in either output. -->
  <xsl:function name="editio:is-ordered-list" as="xs:boolean">
    <xsl:param name="list" as="element()?"/>
    <xsl:sequence select="exists($list[tei:item/@n or tei:label or @type = ('points', 'ordered', 'agenda') or @rend = 'numbered'])"/>
  </xsl:function>

  <!-- The typographic styles an inline element's @rend asks for, in the one vocabulary both outputs render
       (html/: classes rend-NAME, editio.css; fo/: efo:rend-attributes): italic, bold, underline, superscript,
       subscript, smallcaps, caps, spaced (letter-spaced), latin (written in Latin script, or printed in Antiqua,
       amid German script: a sans face), printed (pre-printed text of a letterhead or form: a sans face in a
       muted colour) and stamp (a rubber stamp's impression: boxed). The @rend words of the corpora at hand map
       onto them: the Schnitzler letters' "italics", "small-caps", "capitals", "spaced-out", "latintype",
       "antiqua", "pre-print", "stamp". Other words style nothing. -->
  <xsl:function name="editio:rend-styles" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="distinct-values(tokenize(lower-case(normalize-space($e/@rend))) ! $ep:rend-style(.))"/>
  </xsl:function>

  <xsl:variable name="ep:rend-style" as="map(xs:string, xs:string)" select="map {
      'italic': 'italic', 'italics': 'italic', 'i': 'italic',
      'bold': 'bold', 'b': 'bold',
      'underline': 'underline', 'underlined': 'underline', 'u': 'underline',
      'superscript': 'superscript', 'sup': 'superscript',
      'subscript': 'subscript', 'sub': 'subscript',
      'smallcaps': 'smallcaps', 'small-caps': 'smallcaps', 'sc': 'smallcaps',
      'caps': 'caps', 'capitals': 'caps', 'allcaps': 'caps', 'uppercase': 'caps',
      'spaced': 'spaced', 'spaced-out': 'spaced', 'letterspaced': 'spaced',
      'latintype': 'latin', 'antiqua': 'latin',
      'pre-print': 'printed', 'preprint': 'printed', 'printed': 'printed',
      'stamp': 'stamp' }"/>

  <!-- Whether a seg is a line of its own (behaviour opener-part): one of the telegram heading's typed parts or a
       letterhead's line; or a seg standing directly in an opener that holds no text of its own (the Schnitzler
       letters write the letterhead's lines, "Dr. Arthur Schnitzler" with the date at the right, then the
       address, as untyped segs there), or directly in a div, where running text cannot stand. -->
  <xsl:function name="ep:is-line-seg" as="xs:boolean">
    <xsl:param name="seg" as="element()"/>
    <xsl:sequence select="$seg/@type = $ep:opener-seg-types
                          or exists($seg/parent::tei:opener[not(text()[normalize-space()])])
                          or exists($seg/parent::tei:div)"/>
  </xsl:function>

  <!-- The part of a line (an opener-part, a dateline) that stands at the end of the line (seg rend="right" after
       something), or (): the page and the PDF set it apart from what comes before it ("Dr. Arthur Schnitzler …
       9. X. 917"), a word apart in the text. -->
  <xsl:function name="editio:line-end-part" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e[self::tei:seg or self::tei:dateline]
                          /tei:seg[@rend = 'right'][preceding-sibling::node()[self::* or normalize-space()]][1]"/>
  </xsl:function>

  <!-- Whether a seg marked rend="right" follows right after one marked rend="left" in running text (a paragraph
       of the Schnitzler letters holding a place and date at the left, an address at the right: L02947), and is not
       the end part of a line, which its line sets apart: both outputs then set a space before it, so that its
       first word and the left part's last stay apart. -->
  <xsl:function name="editio:right-part-apart" as="xs:boolean">
    <xsl:param name="seg" as="element()"/>
    <xsl:sequence select="exists($seg[@rend = 'right'][preceding-sibling::node()[1][self::tei:seg[@rend = 'left']]])
                          and not(editio:line-end-part($seg/..) is $seg)"/>
  </xsl:function>

  <!-- How a line (an untyped or letterhead opener-part, a dateline, a salute) or a paragraph (p, ab) is aligned
       when its @rend says so: 'right' or 'center' (the Schnitzler letters: datelines at the right, salutations
       and short paragraphs centred); else () (its usual place). -->
  <xsl:function name="editio:line-align" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e[self::tei:seg[@type = ('classification', 'distribution', 'handling')]]) then ()
                          else (('right', 'center')[. = tokenize(string($e/@rend))])[1]"/>
  </xsl:function>

  <!-- The text that ends a closer's signature line: the text right after a signed of a closer when it begins
       with closing punctuation (the comma of "<signed>Seat, Consular Agent</signed>,<lb/>(and fifty citizens
       of the United States)."), else (). The page and the PDF set it on the signature's line (a closer's content
       leaves it out where it stands), not on a line of its own. -->
  <xsl:function name="editio:signed-tail" as="text()?">
    <xsl:param name="signed" as="element()"/>
    <xsl:sequence select="$signed[parent::tei:closer]/following-sibling::node()[1][self::text()][matches(., '\A\s*[,.;:!?)\]]', ';j')]"/>
  </xsl:function>

  <!-- True when a milestone stands for a line drawn in the original (rend="line"): shown as a rule. -->
  <xsl:function name="editio:is-drawn-line" as="xs:boolean">
    <xsl:param name="milestone" as="element()"/>
    <xsl:sequence select="tokenize(normalize-space($milestone/@rend), ' ') = 'line'"/>
  </xsl:function>

  <!-- The marker shown before a list item: the text of the label just before it ("(1)", "a)": a glossary
       list's term too), else its number and a full stop. -->
  <xsl:function name="editio:item-marker" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:variable name="label" as="element(tei:label)?" select="$item/preceding-sibling::*[1][self::tei:label]"/>
    <xsl:sequence select="if (exists($label)) then normalize-space($label) else editio:item-number($item) || '.'"/>
  </xsl:function>

  <!-- How many columns (@cols) or rows (@rows) a table cell spans: the attribute when it is a whole number
       of at least 1, else 1. -->
  <xsl:function name="editio:cell-span" as="xs:integer">
    <xsl:param name="span" as="attribute()?"/>
    <xsl:sequence select="if ($span castable as xs:integer and xs:integer($span) ge 1) then xs:integer($span) else 1"/>
  </xsl:function>

  <!-- The number of columns of a table: the most cells (counting their column spans) that a row holds; at least 1. -->
  <xsl:function name="editio:table-columns" as="xs:integer">
    <xsl:param name="table" as="element()"/>
    <xsl:sequence select="max((1, $table/tei:row ! sum(tei:cell ! editio:cell-span(@cols))))"/>
  </xsl:function>

  <!-- What stands in a table or a row between its rows or cells (a page break, a note: TEI allows it, an HTML
       or FO table does not): rendered at the start of the next row's first cell or of the next cell
       (editio:table-before of that row or cell), after the last one at the end of its last cell
       (editio:table-after). Elements and non-blank text only; a table's heads are its caption. -->
  <xsl:function name="editio:table-before" as="node()*">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="$e/preceding-sibling::node()[self::* or self::text()[normalize-space()]]
                            [not(self::tei:row | self::tei:cell | self::tei:head)]
                            [following-sibling::*[self::tei:row | self::tei:cell][1] is $e]"/>
  </xsl:function>

  <xsl:function name="editio:table-after" as="node()*">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="if ($e/following-sibling::*[self::tei:row | self::tei:cell]) then ()
                          else $e/following-sibling::node()[self::* or self::text()[normalize-space()]]
                                 [not(self::tei:row | self::tei:cell | self::tei:head)]"/>
  </xsl:function>

  <!-- True for a header row or cell: @role='label' on it or (a cell) on its row. -->
  <xsl:function name="editio:is-label-cell" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@role = 'label' or $e/parent::tei:row/@role = 'label'"/>
  </xsl:function>

  <!-- The message text of the unhandled-element warning (shared by the report and by visible renderings). -->
  <xsl:function name="editio:unhandled-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'Element ' || (if ($e/self::tei:*) then 'tei:' || local-name($e) else name($e))
                          || ' has no rule in the edition stylesheets; it is rendered generically.'"/>
  </xsl:function>

  <!-- Reports an element without a rule, in the exact form Java reads (docs/xslt-contract.md). -->
  <xsl:function name="editio:report-unhandled" as="empty-sequence()">
    <xsl:param name="e" as="element()"/>
    <xsl:message error-code="editio:unhandled-element" terminate="no">
      <editio:problem severity="warning" code="unhandled-element" path="{path($e)}">
        <xsl:value-of select="editio:unhandled-text($e)"/>
      </editio:problem>
    </xsl:message>
  </xsl:function>

</xsl:stylesheet>
