<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shared behaviour vocabulary. Every TEI element the edition knows is mapped here to ONE behaviour
  name; xslt/html/ and xslt/fo/ each implement every behaviour once (html_text.xsl <-> fo_text.xsl …).
  Adding an element to the edition means adding a line to editio:behaviour, not writing it twice.

  Vocabulary (output-independent):
    document        the TEI root: page / page-sequence
    container       text, body, front, back: no box of its own, children in order
    section         div: a section of the text
    heading         head
    block           p, ab: a paragraph-level block
    list            list
    item            item (numbered from @n when present)
    opener          opener: the telegram's heading block
    opener-part     seg[@type = classification | distribution | handling] in the opener
    dateline        dateline (place, number, time, date)
    salute          salute (the addressee line)
    closer          closer (closing date and signature)
    signed          signed
    inline          hi, seg, emph, foreign, term, title, abbr, expan, … : running text, no own rendering
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
    gap             gap: omitted or illegible text, a marker with its extent and reason
    space           space: a space left in the original; a visible (and text-separating) space whose width
                    follows @quantity/@unit (editio:space-width)
    page-break      pb: a page break of the original, with its number
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
                    element that TEI sets apart from its neighbours (editio:stands-apart: addrLine, address,
                    l, postscript …) is rendered as a block, or at least separated by white space, so that
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
  <xsl:variable name="ep:opener-seg-types" as="xs:string+" select="('classification', 'distribution', 'handling')"/>

  <!-- Elements (local names in the TEI namespace) that are running text with no rendering of their own. -->
  <xsl:variable name="ep:inline-names" as="xs:string+"
    select="('hi', 'seg', 'emph', 'foreign', 'term', 'title', 'abbr', 'expan', 'orig', 'reg', 'sic', 'corr',
             'mentioned', 'soCalled', 'distinct', 'gloss', 'w', 'c', 'pc', 'num', 'measure', 'rs', 'name',
             'roleName', 'forename', 'surname', 'addName', 'genName', 'gi', 'att', 'desc')"/>

  <!-- TEI elements (local names) that are blocks of their own in the text: an unknown one is rendered as a
       block (HTML div or a span displayed as a block, FO block). -->
  <xsl:variable name="ep:block-names" as="xs:string+"
    select="('address', 'addrLine', 'postscript', 'byline', 'docAuthor', 'docDate', 'docEdition', 'docImprint',
             'docTitle', 'titlePage', 'titlePart', 'trailer', 'epigraph', 'argument', 'floatingText', 'lg', 'l',
             'table', 'row', 'cell', 'fw', 'figure', 'figDesc', 'listBibl', 'biblStruct', 'sp', 'speaker', 'stage',
             'castList', 'castGroup', 'castItem', 'listWit', 'witness', 'listEvent', 'event', 'div1', 'div2',
             'div3', 'div4', 'div5', 'div6', 'div7', 'u', 'eg')"/>

  <!-- TEI milestones (local names) that stay inline but part the words around them (a change of hand, a
       column break): an unknown one gets white space on both sides. -->
  <xsl:variable name="ep:separate-names" as="xs:string+" select="('handShift', 'cb')"/>

  <!-- True for a TEI element that is a block of its own in the text (see ep:block-names). -->
  <xsl:function name="editio:is-block-element" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*[local-name() = $ep:block-names])"/>
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
  <xsl:variable name="ep:entity-list-names" as="xs:string+"
    select="('listPerson', 'listPlace', 'listOrg', 'listBibl', 'listEvent')"/>
  <xsl:variable name="ep:entity-names" as="xs:string+"
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

  <!-- The behaviour name of a TEI element; 'unknown' for anything without a rule (incl. foreign namespaces). -->
  <xsl:function name="editio:behaviour" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="name" as="xs:string" select="local-name($e)"/>
    <xsl:choose>
      <xsl:when test="not($e/self::tei:*)">unknown</xsl:when>
      <xsl:when test="$name = 'TEI'">document</xsl:when>
      <xsl:when test="$name = ('text', 'body', 'front', 'back', 'group')">container</xsl:when>
      <xsl:when test="$name = 'div'">section</xsl:when>
      <xsl:when test="$name = 'head'">heading</xsl:when>
      <xsl:when test="$name = ('p', 'ab')">block</xsl:when>
      <xsl:when test="$name = 'list'">list</xsl:when>
      <xsl:when test="$name = 'item'">item</xsl:when>
      <xsl:when test="$name = 'opener'">opener</xsl:when>
      <xsl:when test="$name = 'seg' and $e/@type = $ep:opener-seg-types">opener-part</xsl:when>
      <xsl:when test="$name = 'dateline'">dateline</xsl:when>
      <xsl:when test="$name = 'salute'">salute</xsl:when>
      <xsl:when test="$name = 'closer'">closer</xsl:when>
      <xsl:when test="$name = 'signed'">signed</xsl:when>
      <xsl:when test="$name = ('q', 'quote', 'said')">quote</xsl:when>
      <xsl:when test="$name = ('persName', 'placeName', 'orgName')">name</xsl:when>
      <xsl:when test="$name = 'date'">date</xsl:when>
      <xsl:when test="$name = 'time'">time</xsl:when>
      <xsl:when test="$name = 'idno'">idno</xsl:when>
      <xsl:when test="$name = ('ref', 'ptr')">link</xsl:when>
      <xsl:when test="$name = 'supplied'">supplied</xsl:when>
      <xsl:when test="$name = 'choice'">choice</xsl:when>
      <xsl:when test="$name = 'del'">deletion</xsl:when>
      <xsl:when test="$name = 'add'">addition</xsl:when>
      <xsl:when test="$name = 'unclear'">unclear</xsl:when>
      <xsl:when test="$name = 'gap'">gap</xsl:when>
      <xsl:when test="$name = 'space'">space</xsl:when>
      <xsl:when test="$name = 'pb'">page-break</xsl:when>
      <xsl:when test="$name = 'app'">apparatus</xsl:when>
      <xsl:when test="$name = ('lem', 'rdg')">reading</xsl:when>
      <xsl:when test="$name = 'note' and editio:in-entity($e)">inline</xsl:when>
      <xsl:when test="$name = 'note' and editio:is-margin-note($e)">note-margin</xsl:when>
      <xsl:when test="$name = 'note'">note-editorial</xsl:when>
      <xsl:when test="$name = 'lb'">line-break</xsl:when>
      <xsl:when test="$name = ('certainty', 'respons', 'precision')">metadata-hidden</xsl:when>
      <xsl:when test="ep:is-entity-list($e)">entity-list</xsl:when>
      <xsl:when test="$name = $ep:entity-names and $e/parent::*[ep:is-entity-list(.)]">entity</xsl:when>
      <xsl:when test="$name = ('teiHeader', 'standOff', 'listAnnotation', 'facsimile')">omit</xsl:when>
      <xsl:when test="$name = ('listPerson', 'listPlace', 'listOrg')">register-list</xsl:when>
      <xsl:when test="$name = ('person', 'place', 'org')">register-entry</xsl:when>
      <xsl:when test="$name = $ep:inline-names">inline</xsl:when>
      <xsl:otherwise>unknown</xsl:otherwise>
    </xsl:choose>
  </xsl:function>

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

  <!-- The label used for a list item's number: @n when present, else its position among its siblings. -->
  <xsl:function name="editio:item-number" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:sequence select="if ($item/@n) then string($item/@n) else string(count($item/preceding-sibling::tei:item) + 1)"/>
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
