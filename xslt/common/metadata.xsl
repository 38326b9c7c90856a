<?xml version="1.0" encoding="UTF-8"?>
<!--
  Document metadata from the TEI header, for both outputs. Every function takes any node of the document
  ($n) and reads root($n)/TEI. Functions return plain strings, maps of strings (for structured fields) or
  TEI elements where the output should render markup (names linked into the register, summary paragraphs).
  Nothing is invented: absent fields give () or ''. The fields a page shows several times (title, date,
  language, correspondents, licence, edition …: in the head, the metadata panel and the citations) are
  cache="yes": worked out once per node and transformation (Saxon keeps the results per transformation).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- English month names for display dates. -->
  <xsl:variable name="ep:months" as="xs:string+"
    select="('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December')"/>

  <!-- The TEI root of the document a node belongs to. -->
  <!-- A node's place in its tree, for an id in the output when the node has none: Saxon's generate-id()
       without its document number ("d812e291" → "e291"), which counts the documents the JVM has read
       before and so differs from build to build (an incremental build's page then differed from a fresh
       build's). Unique within one tree; deterministic. -->
  <xsl:function name="editio:tree-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="replace(generate-id($n), '\Ad\p{Nd}+', '', ';j')"/>
  </xsl:function>

  <!-- The position of each node of $nodes in that sequence, by generate-id: for numbers worked out once per
       document (paragraphs of a volume's document, editorial notes) instead of counting at every use. -->
  <xsl:function name="editio:positions" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($nodes) return map { generate-id($nodes[$i]): $i })"/>
  </xsl:function>

  <xsl:function name="ep:tei" as="element(tei:TEI)?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)/descendant-or-self::tei:TEI[1]"/>
  </xsl:function>

  <!-- The header of the document a node belongs to. -->
  <xsl:function name="ep:header" as="element(tei:teiHeader)?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:tei($n)/tei:teiHeader"/>
  </xsl:function>

  <!-- The document divisions of a TEI file holding several documents (a FRUS volume); () otherwise. -->
  <xsl:function name="editio:parts" as="element(tei:div)*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="divs" as="element(tei:div)*" select="root($n)//tei:text//tei:div[@type = 'document']"/>
    <xsl:sequence select="$divs[count($divs) gt 1]"/>
  </xsl:function>

  <!-- The divisions of a volume that get a page of their own, in the file's order: its documents
       (editio:parts) and the divisions of its front and back matter with an xml:id that hold no document
       (the President's message, the list of papers, the index); () for a file of one document. Mirrors
       DocumentFacts.parts. -->
  <xsl:function name="editio:page-parts" as="element(tei:div)*" cache="yes">
    <xsl:param name="root" as="document-node()"/>
    <xsl:variable name="docs" as="element(tei:div)*" select="editio:parts($root)[@xml:id]"/>
    <xsl:sequence select="if (empty($docs)) then ()
                          else $docs | ep:tei($root)/tei:text/(tei:front | tei:back)/tei:div[@xml:id]
                                         [not(descendant-or-self::tei:div[@type = 'document'])]"/>
  </xsl:function>

  <!-- The number of one document of a volume (its @n: FRUS's "Document 5"), or () for anything else. -->
  <xsl:function name="editio:document-number" as="xs:string?">
    <xsl:param name="div" as="element()?"/>
    <xsl:variable name="root" as="document-node()?" select="$div/root()[. instance of document-node()]"/>
    <xsl:sequence select="if (empty($root)) then ()
                          else ($div intersect editio:page-parts($root))[@type = 'document']/normalize-space(@n)[. ne '']"/>
  </xsl:function>

  <!-- The number of a volume's document when its heading does not give it ("Telegram From …", not "206. Telegram
       From …" or "No. 50. Mr. Baker …"): what the page and the PDF show above the heading; () otherwise. -->
  <xsl:function name="editio:document-number-to-show" as="xs:string?">
    <xsl:param name="div" as="element()?"/>
    <xsl:variable name="number" as="xs:string?" select="editio:document-number($div)"/>
    <xsl:variable name="head" as="xs:string" select="string($div/tei:head[1] ! editio:head-text(.))"/>
    <xsl:sequence select="$number[editio:head-without-number($head, .) eq $head]"/>
  </xsl:function>

  <!-- A heading without the number $n it starts with ("206. Telegram …", "No. 50. Mr. Baker …": the
       contents page gives the number a column of its own); the heading as it is when it does not. -->
  <xsl:function name="editio:head-without-number" as="xs:string">
    <xsl:param name="head" as="xs:string"/>
    <xsl:param name="n" as="xs:string"/>
    <xsl:sequence select="if (matches($n, '\A[0-9A-Za-z]+\z', ';j')) then replace($head, '\A(No\.[ \t\n\r]*)?' || $n || '\.([ \t\n\r]+|\z)', '', ';j') else $head"/>
  </xsl:function>

  <!-- The file name of the page of one part of a volume: the volume's id, two hyphens, the div's xml:id, as SitePlan names it
       (docs/xslt-contract.md). -->
  <xsl:function name="editio:part-href" as="xs:string">
    <xsl:param name="volume-id" as="xs:string"/>
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="encode-for-uri($volume-id || '--' || $div/@xml:id) || '.html'"/>
  </xsl:function>

  <!-- The page part that shows the element with xml:id $id of a volume: the page division it lies in, else
       (a page break between two documents) the next one; () when none (the title page) or no such element. -->
  <xsl:function name="editio:part-showing" as="element(tei:div)?">
    <xsl:param name="root" as="document-node()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="parts" as="element(tei:div)*" select="editio:page-parts($root)"/>
    <xsl:variable name="target" as="element()?" select="id($id, $root)[1]"/>
    <xsl:sequence select="if (empty($target)) then ()
                          else (($target/ancestor-or-self::tei:div intersect $parts)[last()],
                                ($target/following::tei:div intersect $parts)[1])[1]"/>
  </xsl:function>

  <!-- The ISO date (date part only) of a document division: its first dateline date, else its first date. -->
  <xsl:function name="editio:part-date" as="xs:string?">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="d" as="element(tei:date)?" select="($div//tei:dateline//tei:date, $div//tei:date[not(ancestor::tei:note)])[1]"/>
    <xsl:sequence select="editio:date-iso($d) ! replace(., 'T[^\n\r]*\z', '', ';j')[matches(., '\A\p{Nd}{4}(-\p{Nd}{2}(-\p{Nd}{2})?)?\z', ';j')]"/>
  </xsl:function>

  <!-- A file's dates for display in a list of files: its date; for a volume, the first and the last of its
       documents' dates (one when they are the same day), since the volume itself has none (ep:own-text). -->
  <xsl:function name="editio:file-dates" as="xs:string*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="parts" as="xs:string*" select="editio:parts($n) ! editio:part-date(.)"/>
    <xsl:sequence select="if (empty(editio:parts($n))) then editio:date-display($n)[. ne '']
                          else distinct-values(($parts[1], $parts[last()]) ! editio:format-date(.))"/>
  </xsl:function>

  <!-- The text that the metadata of the page or PDF being made reads where the header is silent (the date,
       place, number and time of the dateline; the opener's classification and handling): on the page of
       one document of a volume (config part), that document's div; in a file of several documents
       (div[@type='document']) read as a whole, as its PDF is, none, for the first document's dateline is
       not the volume's; else the text. -->
  <xsl:function name="ep:own-text" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:own-text-of(root($n), editio:config('part'))"/>
  </xsl:function>

  <xsl:function name="ep:own-text-of" as="element()?" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:param name="part" as="xs:string"/>
    <xsl:variable name="text" as="element(tei:text)?" select="ep:tei($root)/tei:text"/>
    <xsl:sequence select="if ($part ne '') then ($text//tei:div[@xml:id = $part])[1]
                          else if (exists(editio:parts($root))) then ()
                          else $text"/>
  </xsl:function>

  <!-- The document's id: TEI/@xml:id, else the base name of its URI, else ''. -->
  <xsl:function name="editio:document-id" as="xs:string" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="uri" as="xs:string" select="string(document-uri(root($n)))"/>
    <xsl:sequence select="(string(ep:tei($n)/@xml:id), replace(tokenize($uri, '/')[last()], '\.[^.]*\z', '', ';j'), '')[. ne ''][1]"/>
  </xsl:function>

  <!-- The document's language: TEI/@xml:lang, else text/@xml:lang, else the language of the langUsage with
       the highest @usage (else its first), else 'en'. -->
  <xsl:function name="editio:language" as="xs:string" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="tei" as="element()?" select="ep:tei($n)"/>
    <xsl:variable name="used" as="element(tei:language)*"
      select="ep:header($n)/tei:profileDesc/tei:langUsage/tei:language[normalize-space(@ident)]"/>
    <xsl:sequence select="(string($tei/@xml:lang)[. ne ''], string($tei/tei:text/@xml:lang)[. ne ''],
                           normalize-space(($used[@usage castable as xs:integer][xs:integer(@usage) = max($used/@usage[. castable as xs:integer] ! xs:integer(.))], $used)[1]/@ident),
                           'en')[. ne ''][1]"/>
  </xsl:function>

  <!-- The main title: titleStmt/title[@type='main'], else the first title without @type that is not the
       title of a series or journal (@level 's' or 'j': an edition that gives its series title first, as
       the Schnitzler letters do, names each document in its level 'a' title), else the first title. -->
  <xsl:function name="editio:title" as="xs:string" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="titles" as="element(tei:title)*" select="ep:header($n)/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles[not(@type)][not(@level = ('s', 'j'))],
                                           $titles[not(@level = ('s', 'j'))], $titles)[1])"/>
  </xsl:function>

  <!-- The subtitle (titleStmt/title[@type='sub']), if any. -->
  <xsl:function name="editio:subtitle" as="xs:string?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:header($n)/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'][1]/normalize-space()"/>
  </xsl:function>

  <!-- The document type (textClass term[@type='docType']), if any. -->
  <xsl:function name="editio:document-type" as="xs:string?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:header($n)/tei:profileDesc/tei:textClass//tei:term[@type = 'docType'][1]/normalize-space()"/>
  </xsl:function>

  <!-- An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) for display: '7 February 1950'; a date and time
       '19 June 1954, 09:34'; other strings unchanged. -->
  <xsl:function name="editio:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="p" as="xs:string*" select="tokenize($iso, '-')"/>
    <xsl:choose>
      <xsl:when test="matches($iso, '\A\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}\z', ';j')">
        <xsl:sequence select="string(xs:integer($p[3])) || ' ' || $ep:months[xs:integer($p[2])] || ' ' || $p[1]"/>
      </xsl:when>
      <xsl:when test="matches($iso, '\A\p{Nd}{4}-\p{Nd}{2}\z', ';j')">
        <xsl:sequence select="$ep:months[xs:integer($p[2])] || ' ' || $p[1]"/>
      </xsl:when>
      <xsl:when test="matches($iso, '\A\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}', ';j')">
        <!-- a date and time (FRUS telegrams: 1954-06-19T09:34:00): '19 June 1954, 09:34', UTC when it says Z -->
        <xsl:sequence select="editio:format-date(substring($iso, 1, 10)) || ', ' || editio:format-time(substring($iso, 12))
                              || (if (ends-with($iso, 'Z')) then ' UTC' else '')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$iso"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- An ISO time (hh:mm[:ss]) for display: '10:10'. -->
  <xsl:function name="editio:format-time" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="if (matches($iso, '\A\p{Nd}{2}:\p{Nd}{2}', ';j')) then substring($iso, 1, 5) else $iso"/>
  </xsl:function>

  <!-- The machine-readable value of a date element (@when, else @notBefore/@from, else its text). -->
  <xsl:function name="editio:date-iso" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="($date/@when, $date/@notBefore, $date/@from, $date/@notAfter, $date/@to)[1]/string()"/>
  </xsl:function>

  <!-- The correspondence action elements of the document: 'sent', 'received', … -->
  <xsl:function name="ep:action" as="element(tei:correspAction)?">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="ep:header($n)/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = $type][1]"/>
  </xsl:function>

  <!-- The document's date element: date of sending (correspDesc), else the digital source's date, else the
       first dated dateline in the text. -->
  <xsl:function name="editio:date-element" as="element(tei:date)?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(ep:action($n, 'sent')/tei:date,
                           ep:header($n)/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:date,
                           ep:own-text($n)//tei:dateline//tei:date)[1]"/>
  </xsl:function>

  <!-- The document's date, ISO (for sorting and <time datetime>); () if undated. -->
  <xsl:function name="editio:date" as="xs:string?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="editio:date-iso(editio:date-element($n))"/>
  </xsl:function>

  <!-- The document's date for display ('7 February 1950'); () if undated. -->
  <xsl:function name="editio:date-display" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="iso" as="xs:string?" select="editio:date($n)"/>
    <xsl:sequence select="if (exists($iso)) then editio:format-date($iso) else editio:date-element($n)/normalize-space()"/>
  </xsl:function>

  <!-- All dates the header and dateline give, as maps: role ('sent', 'received', 'dateline', 'closer'),
       iso, display (formatted), source (the text as written). -->
  <xsl:function name="editio:dates" as="map(xs:string, xs:string)*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="dated" as="element(tei:date)*"
      select="ep:header($n)/tei:profileDesc/tei:correspDesc/tei:correspAction/tei:date,
              ep:own-text($n)//tei:dateline//tei:date"/>
    <xsl:sequence select="for $d in $dated return map {
        'role': if ($d/parent::tei:correspAction) then string($d/../@type)
                else if ($d/ancestor::tei:closer) then 'closer' else 'dateline',
        'iso': string(editio:date-iso($d)),
        'display': if (editio:date-iso($d)) then editio:format-date(editio:date-iso($d)) else normalize-space($d),
        'source': normalize-space($d) }"/>
  </xsl:function>

  <!-- The senders (persName/orgName in correspAction[@type='sent']); rendered as register links. -->
  <xsl:function name="editio:senders" as="element()*" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:action($n, 'sent')/(tei:persName | tei:orgName | tei:name)"/>
  </xsl:function>

  <!-- The recipients (persName/orgName in correspAction[@type='received']). -->
  <xsl:function name="editio:recipients" as="element()*" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:action($n, 'received')/(tei:persName | tei:orgName | tei:name)"/>
  </xsl:function>

  <!-- Plain-text 'Shtykov → Vyshinsky' (either side may be missing; '' when both are). -->
  <xsl:function name="editio:correspondents-text" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="from" as="xs:string" select="string-join(editio:senders($n) ! normalize-space(.), ', ')"/>
    <xsl:variable name="to" as="xs:string" select="string-join(editio:recipients($n) ! normalize-space(.), ', ')"/>
    <xsl:sequence select="if ($from = '' and $to = '') then '' else
                          (if ($from ne '') then $from else '?') || ' → ' || (if ($to ne '') then $to else '?')"/>
  </xsl:function>

  <!-- The place of sending: correspAction[@type='sent']/placeName, else the first dateline placeName. -->
  <xsl:function name="editio:place" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(ep:action($n, 'sent')/tei:placeName, ep:own-text($n)//tei:dateline//tei:placeName)[1]"/>
  </xsl:function>

  <!-- The correspondence note of the header (e.g. about the dateline), if any. -->
  <xsl:function name="editio:correspondence-note" as="element(tei:note)?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:header($n)/tei:profileDesc/tei:correspDesc/tei:note[1]"/>
  </xsl:function>

  <!-- The first dateline of the text body (the telegram's dispatch line). -->
  <xsl:function name="ep:dateline" as="element(tei:dateline)?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(ep:own-text($n)//tei:dateline[not(ancestor::tei:closer)], ep:own-text($n)//tei:dateline)[1]"/>
  </xsl:function>

  <!-- The telegram number (dateline idno[@type='telegram'], else the dateline's first idno). -->
  <xsl:function name="editio:telegram-number" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="d" as="element(tei:dateline)?" select="ep:dateline($n)"/>
    <xsl:sequence select="($d//tei:idno[@type = 'telegram'], $d//tei:idno)[1]/normalize-space()"/>
  </xsl:function>

  <!-- The dateline's time as a map: iso (@when), display ('10:10'), source ('10 hours 10 minutes'); () if none. -->
  <xsl:function name="editio:telegram-time" as="map(xs:string, xs:string)?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="t" as="element(tei:time)?" select="(ep:dateline($n)//tei:time)[1]"/>
    <xsl:sequence select="if (empty($t)) then () else map {
        'iso': string($t/@when),
        'display': if ($t/@when) then editio:format-time($t/@when) else normalize-space($t),
        'source': normalize-space($t) }"/>
  </xsl:function>

  <!-- The dateline's date as a map like editio:telegram-time; () if none. -->
  <xsl:function name="editio:dateline-date" as="map(xs:string, xs:string)?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="d" as="element(tei:date)?" select="(ep:dateline($n)//tei:date)[1]"/>
    <xsl:sequence select="if (empty($d)) then () else map {
        'iso': string(editio:date-iso($d)),
        'display': if (editio:date-iso($d)) then editio:format-date(editio:date-iso($d)) else normalize-space($d),
        'source': normalize-space($d) }"/>
  </xsl:function>

  <!-- The security classification (opener seg[@type='classification']), if any. -->
  <xsl:function name="editio:classification" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(ep:own-text($n)//tei:seg[@type = 'classification'])[1]/normalize-space()"/>
  </xsl:function>

  <!-- The handling instruction (opener seg[@type='handling'], e.g. 'Special File'), if any. -->
  <xsl:function name="editio:handling" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(ep:own-text($n)//tei:seg[@type = 'handling'])[1]/normalize-space()"/>
  </xsl:function>

  <!-- The expanded and abbreviated forms of a repository (choice/expan + abbr, or its text). -->
  <xsl:function name="ep:repository" as="map(xs:string, xs:string)">
    <xsl:param name="r" as="element(tei:repository)?"/>
    <xsl:variable name="expan" as="xs:string" select="normalize-space(($r//tei:expan, $r[not(.//tei:choice)])[1])"/>
    <xsl:variable name="abbr" as="xs:string" select="normalize-space(($r//tei:abbr)[1])"/>
    <xsl:sequence select="map { 'repository': if ($expan ne '') then $expan else $abbr, 'repository-abbr': $abbr }"/>
  </xsl:function>

  <!-- The archival locations: msIdentifier and each altIdentifier, as maps with keys role ('main'/'alternative'),
       repository, repository-abbr, settlement, collection, idno, label ('APRF, Listy 125-126 …'). -->
  <xsl:function name="editio:archival-sources" as="map(xs:string, xs:string)*" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="ids" as="element()*"
      select="ep:header($n)/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier/(., tei:altIdentifier)"/>
    <xsl:sequence select="for $i in $ids return
      let $r := ep:repository($i/tei:repository),
          $idno := normalize-space(string-join($i/tei:idno, '; '))
      return map:merge(($r, map {
        'role': if ($i/self::tei:altIdentifier) then 'alternative' else 'main',
        'settlement': normalize-space($i/tei:settlement),
        'collection': normalize-space(string-join($i/tei:collection, ', ')),
        'idno': $idno,
        'label': string-join((($r?repository-abbr[. ne ''], $r?repository)[1], $idno)[. ne ''], ', ') }))"/>
  </xsl:function>

  <!-- The digital source (sourceDesc/bibl[@type='digital'], else the first bibl) as a map: title, date,
       date-iso, publisher, idno, url (allow-listed, '' if refused/absent), citation, translation. -->
  <xsl:function name="editio:digital-source" as="map(xs:string, xs:string)?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="bibls" as="element(tei:bibl)*" select="ep:header($n)/tei:fileDesc/tei:sourceDesc/tei:bibl"/>
    <xsl:variable name="b" as="element(tei:bibl)?" select="($bibls[@type = 'digital'], $bibls)[1]"/>
    <xsl:sequence select="if (empty($b)) then () else map {
        'title': normalize-space($b/tei:title[1]),
        'date': normalize-space($b/tei:date[1]),
        'date-iso': string(editio:date-iso($b/tei:date[1])),
        'publisher': normalize-space($b/tei:publisher[1]),
        'idno': normalize-space($b/tei:idno[1]),
        'url': string(editio:safe-url(($b/tei:ref/@target, $b/tei:ptr/@target)[1])),
        'citation': normalize-space($b/tei:note[@type = 'citation'][1]),
        'translation': normalize-space($b/tei:note[@type = 'translation'][1]) }"/>
  </xsl:function>

  <!-- The language of the original (msItem/textLang: its text, else @mainLang), if given. -->
  <xsl:function name="editio:original-language" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="tl" as="element(tei:textLang)?" select="(ep:header($n)//tei:msContents//tei:textLang)[1]"/>
    <xsl:sequence select="($tl/normalize-space()[. ne ''], $tl/@mainLang/string())[1]"/>
  </xsl:function>

  <!-- The translation statement (digital source note[@type='translation']), if any. -->
  <xsl:function name="editio:translation-statement" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(ep:header($n)/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:note[@type = 'translation'])[1]/normalize-space()"/>
  </xsl:function>

  <!-- The languages of langUsage as maps: ident, label. -->
  <xsl:function name="editio:languages" as="map(xs:string, xs:string)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="for $l in ep:header($n)/tei:profileDesc/tei:langUsage/tei:language
                          return map { 'ident': string($l/@ident), 'label': normalize-space($l) }"/>
  </xsl:function>

  <!-- What the text's typography stands for where it tells apart what the source does (editio:rend-styles): a
       sentence each for pre-printed text, Latin script and stamps, when the page's own text (ep:own-text: a volume's
       document, not the whole volume) has them; else (). The
       page's metadata panel and the PDF's metadata table give them as "Typography". -->
  <xsl:function name="editio:typography-notes" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="styles" as="xs:string*" select="distinct-values(ep:own-text($doc)//*[@rend] ! editio:rend-styles(.))"/>
    <xsl:sequence select="('Text printed on a letterhead or form is set in a sans-serif face, in grey.'[$styles = 'printed'],
                           'Words written in Latin script (or printed in Antiqua) amid German script are set in a sans-serif face.'[$styles = 'latin'],
                           'The impression of a stamp is boxed.'[$styles = 'stamp'])"/>
  </xsl:function>

  <!-- The summary paragraphs (abstract/p, or the abstract itself when it has no p), for rendering with markup. -->
  <xsl:function name="editio:summary" as="element()*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="a" as="element(tei:abstract)*" select="ep:header($n)/tei:profileDesc/tei:abstract"/>
    <xsl:sequence select="if ($a/tei:p) then $a/tei:p else $a"/>
  </xsl:function>

  <!-- The summary as plain text ('' if none). -->
  <xsl:function name="editio:summary-text" as="xs:string" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="normalize-space(string-join(editio:summary($n), ' '))"/>
  </xsl:function>

  <!-- The licence as a map: text, url (allow-listed, '' if none), status (availability/@status). -->
  <xsl:function name="editio:licence" as="map(xs:string, xs:string)?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="av" as="element(tei:availability)?" select="ep:header($n)/tei:fileDesc/tei:publicationStmt/tei:availability[1]"/>
    <xsl:variable name="l" as="element(tei:licence)?" select="$av/tei:licence[1]"/>
    <xsl:sequence select="if (empty($av)) then () else map {
        'text': normalize-space(($l, $av)[1]),
        'url': string(editio:safe-url($l/@target)),
        'status': string($av/@status) }"/>
  </xsl:function>

  <!-- The edition statement as a map: text ('Editio sample edition, version 0.1.0'), version (@n). -->
  <xsl:function name="editio:edition" as="map(xs:string, xs:string)?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="e" as="element(tei:edition)?" select="ep:header($n)/tei:fileDesc/tei:editionStmt/tei:edition[1]"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space($e)"/>
    <xsl:sequence select="if (empty($e)) then () else map {
        'text': if ($e/@n and not(contains($text, $e/@n))) then $text || ', version ' || $e/@n else $text,
        'version': string($e/@n) }"/>
  </xsl:function>

  <!-- The publisher of the edition (publicationStmt/publisher), if any. -->
  <xsl:function name="editio:publisher" as="xs:string?" cache="yes">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:header($n)/tei:fileDesc/tei:publicationStmt/tei:publisher[1]/normalize-space()"/>
  </xsl:function>

  <!-- The responsibility statements of the titleStmt as maps: id, resp, name. -->
  <xsl:function name="editio:responsibilities" as="map(xs:string, xs:string)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="for $r in ep:header($n)/tei:fileDesc/tei:titleStmt/tei:respStmt return map {
        'id': string($r/@xml:id), 'resp': normalize-space(string-join($r/tei:resp, '; ')),
        'name': normalize-space(string-join($r/(tei:persName | tei:orgName | tei:name), ', ')) }"/>
  </xsl:function>

  <!-- Who a @resp pointer ('#resp-wilson') names: the respStmt's person/org name, else the pointer itself. -->
  <xsl:function name="editio:resp-name" as="xs:string?">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="id" as="xs:string" select="substring-after(normalize-space($pointer), '#')"/>
    <xsl:variable name="r" as="element()?" select="if ($id ne '') then (root($ctx)//*[@xml:id = $id])[1] else ()"/>
    <xsl:sequence select="if (exists($r)) then normalize-space(string-join($r/(tei:persName | tei:orgName | tei:name)[1], ''))[. ne '']
                          else normalize-space($pointer)[. ne '']"/>
  </xsl:function>

  <!-- The description of a supplied element for a tooltip/footnote:
       'Supplied by Wilson Center Digital Archive: translator's clarification'. -->
  <xsl:function name="editio:supplied-description" as="xs:string">
    <xsl:param name="s" as="element(tei:supplied)"/>
    <xsl:variable name="who" as="xs:string?" select="editio:resp-name($s, $s/@resp)"/>
    <xsl:variable name="why" as="xs:string?" select="normalize-space($s/@reason)[. ne '']"/>
    <xsl:sequence select="'Supplied' || (if ($who) then ' by ' || $who else '') || (if ($why) then ': ' || $why else '')"/>
  </xsl:function>

  <!-- 'How to cite', from the header only: “Title”, date, in: edition statement (publisher), id; original
       source: citation (or publisher, idno, url). Fields that are absent are left out, never guessed. -->
  <xsl:function name="editio:how-to-cite" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="src" as="map(xs:string, xs:string)?" select="editio:digital-source($n)"/>
    <xsl:variable name="edition" as="xs:string?" select="editio:edition($n)?text"/>
    <xsl:variable name="publisher" as="xs:string?" select="editio:publisher($n)"/>
    <xsl:variable name="main" as="xs:string*"
      select="'“' || editio:title($n) || '”', editio:date-display($n),
              (if ($edition) then 'in: ' || $edition else ()),
              (if ($publisher and not($edition and contains($edition, $publisher))) then $publisher else ()),
              (ep:header($n)/tei:fileDesc/tei:publicationStmt/tei:idno[1]/normalize-space()[. ne ''] ! ('document ' || .))"/>
    <xsl:variable name="original" as="xs:string?"
      select="if (empty($src)) then ()
              else if ($src?citation ne '') then 'Source: ' || $src?citation || (if ($src?url ne '') then ', ' || $src?url else '')
              else string-join(($src?title, $src?publisher, $src?idno, $src?url)[. ne ''], ', ')[. ne ''] ! ('Source: ' || .)"/>
    <xsl:sequence select="string-join($main[. ne ''], ', ') || '.' || (if ($original) then ' ' || $original || '.' else '')"/>
  </xsl:function>

  <!-- The text of a heading without its notes (FRUS heads carry the source note inside), a line break read
       as a space ("No. 102.<lb/>Mr. Braida …" is "No. 102. Mr. Braida …"). -->
  <xsl:function name="editio:head-text" as="xs:string">
    <xsl:param name="head" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($head//(text()[not(ancestor::tei:note)] | tei:lb)
                                                      ! (if (self::tei:lb) then ' ' else string(.)), ''))"/>
  </xsl:function>

</xsl:stylesheet>
