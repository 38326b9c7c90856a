<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entity lists of a document (output-independent). Real TEI often carries, in its back matter or in
  standOff, the persons, places, organisations, works and events it names (listPerson/person,
  listPlace/place, listOrg/org, listBibl/bibl, listEvent/event; behaviours 'entity-list' and 'entity',
  common/behaviours.xsl). Both outputs render them as one section "Named in this document", one line per
  entry, from the summary built here (editio:entity-summary), so that html/html_entities.xsl and
  fo/fo_entities.xsl print the same facts:
    name      the first persName/placeName/orgName/eventName/title/name (forename + surname when structured)
    dates     life dates (birth/death, @when or text, with the settlement), or the entity's own date
    where     for places the settlement/country/region or the place it is located in; for orgs their seat
    details   occupations, authors, bibliographic statements, the places of an event …
    variants  the other names
    links     idno/ref/ptr URLs (and titles that are URLs), each with a short label from its host
  Coordinates (location/geo) and other machine data are understood and deliberately not printed. Children
  outside ep:entity-known-names are returned by editio:entity-unknown-children, which each output renders
  through its unknown-element rule (visible and reported); note/desc are returned by editio:entity-notes
  and rendered as text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!-- The subsections of "Named in this document", in order: kind, heading. -->
  <xsl:variable name="editio:entity-kinds" as="map(xs:string, xs:string)*"
    select="(map { 'kind': 'person', 'heading': 'Persons' }, map { 'kind': 'place', 'heading': 'Places' },
             map { 'kind': 'org', 'heading': 'Organisations' }, map { 'kind': 'work', 'heading': 'Works' },
             map { 'kind': 'event', 'heading': 'Events' })"/>

  <!-- Children of an entity this module understands (rendered through the summary, or deliberately not
       printed: geo, sex …). Anything else is unknown and reported. -->
  <xsl:variable name="ep:entity-known-names" as="xs:string+"
    select="('persName', 'placeName', 'orgName', 'name', 'title', 'eventName', 'label', 'head',
             'birth', 'death', 'floruit', 'date', 'sex', 'gender', 'occupation', 'faith', 'nationality', 'affiliation',
             'residence', 'education', 'state', 'trait', 'langKnowledge', 'socecStatus',
             'idno', 'ref', 'ptr', 'location', 'geo', 'settlement', 'country', 'region', 'district', 'bloc',
             'author', 'editor', 'respStmt', 'pubPlace', 'publisher', 'biblScope', 'edition', 'series', 'imprint',
             'listPlace', 'listPerson', 'listOrg', 'listEvent', 'listBibl', 'note', 'desc', 'precision', 'certainty',
             'listRelation', 'relation', 'linkGrp', 'link')"/>

  <!-- The same as a map, for one lookup per child instead of a comparison with every name. -->
  <xsl:variable name="ep:entity-known" as="map(xs:string, xs:boolean)"
    select="map:merge($ep:entity-known-names ! map:entry(., true()))"/>

  <!-- Short labels of well-known authority hosts (host suffix → label). -->
  <xsl:variable name="ep:authority-labels" as="map(xs:string, xs:string)"
    select="map { 'd-nb.info': 'GND', 'geonames.org': 'GeoNames', 'wikidata.org': 'Wikidata',
                  'pmb.acdh.oeaw.ac.at': 'PMB', 'viaf.org': 'VIAF', 'wikipedia.org': 'Wikipedia',
                  'id.loc.gov': 'LoC', 'orcid.org': 'ORCID', 'isni.org': 'ISNI', 'geohack.toolforge.org': 'GeoHack',
                  'openstreetmap.org': 'OSM', 'hls-dhs-dss.ch': 'HLS', 'deutsche-biographie.de': 'NDB/ADB' }"/>

  <!-- The kind of an entity: 'person', 'place', 'org', 'work', 'event'. -->
  <xsl:function name="editio:entity-kind" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="if ($entity/(self::tei:person | self::tei:personGrp)) then 'person'
                          else if ($entity/self::tei:place) then 'place'
                          else if ($entity/self::tei:org) then 'org'
                          else if ($entity/self::tei:event) then 'event'
                          else 'work'"/>
  </xsl:function>

  <!-- The top-level entities of a document (in back and standOff, not those nested inside an entity), in
       document order. An entity is an entry of an entity list, and those are only in back and standOff
       (ep:is-entity-list): the outermost of those are walked down, and the walk stops at each entity, so
       that it visits the lists but not the entries' contents. Cached: both outputs ask more than once per
       document. -->
  <xsl:function name="editio:document-entities" as="element()*" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="outermost(root($doc)//(tei:back | tei:standOff)) ! ep:entities-below(.)"/>
  </xsl:function>

  <!-- The entities below an element of back or standOff, not descending into them: a child is an entity
       when it is one of ep:entity-names and its parent is an entity list (behaviour 'entity'). -->
  <xsl:function name="ep:entities-below" as="element()*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="in-list" as="xs:boolean" select="exists($e/self::tei:*[local-name() = $ep:entity-list-names])"/>
    <xsl:for-each select="$e/*">
      <xsl:sequence select="if ($in-list and self::tei:*[local-name() = $ep:entity-names]) then . else ep:entities-below(.)"/>
    </xsl:for-each>
  </xsl:function>

  <!-- A name element as display text: forename(s) + surname when structured, else its text. -->
  <xsl:function name="ep:name-text" as="xs:string">
    <xsl:param name="n" as="element()?"/>
    <xsl:variable name="parts" as="element()*" select="$n/(tei:forename | tei:surname)"/>
    <xsl:sequence select="normalize-space(
                            if (exists($parts))
                            then string-join(($n/tei:roleName, $n/tei:forename, $n/tei:nameLink, $n/tei:surname, $n/tei:genName,
                                              $n/tei:addName) ! normalize-space(.)[. ne ''], ' ')
                            else string($n))"/>
  </xsl:function>

  <!-- The name elements of an entity, the preferred one first (@type reg/pref/main, else document order). -->
  <xsl:function name="ep:entity-name-elements" as="element()*">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="names" as="element()*"
      select="$entity/(tei:persName | tei:placeName | tei:orgName | tei:eventName | tei:name | tei:label | tei:head
                       | tei:title[not(ep:is-url(string(.)))])"/>
    <xsl:variable name="first" as="element()?" select="($names[@type = ('reg', 'pref', 'main')], $names)[1]"/>
    <xsl:sequence select="($first, $names except $first)"/>
  </xsl:function>

  <!-- True for a string that is a single http(s) URL. -->
  <xsl:function name="ep:is-url" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="matches(normalize-space($s), '\Ahttps?://[^ \t\n\r]+\z', 'i;j')"/>
  </xsl:function>

  <!-- The display name of an entity. -->
  <xsl:function name="editio:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="ep:entity-name($entity, ep:entity-name-elements($entity))"/>
  </xsl:function>

  <!-- The display name of an entity whose name elements ($names, ep:entity-name-elements) are known. -->
  <xsl:function name="ep:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="names" as="element()*"/>
    <xsl:sequence select="(($names ! ep:name-text(.)), normalize-space($entity/@n),
                           string($entity/@xml:id), '(unnamed)')[. ne ''][1]"/>
  </xsl:function>

  <!-- A date element (or birth/death/floruit) as display text: @when (else @from/@notBefore …) formatted,
       else its text; '' when nothing is known. -->
  <xsl:function name="ep:date-text" as="xs:string">
    <xsl:param name="d" as="element()?"/>
    <xsl:variable name="date" as="element()?" select="($d/tei:date, $d)[@when or @from or @notBefore or @notAfter or @to][1]"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space(string-join($d/(text() | tei:date), ''))"/>
    <xsl:sequence select="if ($date/@when) then editio:format-date(normalize-space($date/@when))
                          else if ($date/(@from | @notBefore | @to | @notAfter))
                          then string-join((($date/@from, $date/@notBefore)[1], ($date/@to, $date/@notAfter)[1])
                                             ! editio:format-date(normalize-space(.)), '–')
                          else $text"/>
  </xsl:function>

  <!-- The place of a birth/death: its settlement/placeName/country, in words. -->
  <xsl:function name="ep:event-place" as="xs:string?">
    <xsl:param name="d" as="element()?"/>
    <xsl:sequence select="($d/(tei:settlement | tei:placeName | tei:country | tei:region)
                             ! normalize-space(string-join((tei:placeName[1], self::*[not(tei:placeName)])/text(), '')))[. ne ''][1]"/>
  </xsl:function>

  <!-- The life dates (persons) or own date (others) of an entity: '15 May 1862, Wien – 21 October 1931, Wien',
       'fl. 1890', '7 July 1891'; () when none. -->
  <xsl:function name="editio:entity-dates" as="xs:string?">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="birth" as="xs:string?"
      select="$entity/tei:birth[1] ! string-join((ep:date-text(.), ep:event-place(.))[. ne ''], ', ')"/>
    <xsl:variable name="death" as="xs:string?"
      select="$entity/tei:death[1] ! string-join((ep:date-text(.), ep:event-place(.))[. ne ''], ', ')"/>
    <xsl:variable name="floruit" as="xs:string?" select="$entity/tei:floruit[1] ! ep:date-text(.)"/>
    <xsl:variable name="own" as="xs:string?" select="$entity/tei:date[1] ! ep:date-text(.)"/>
    <xsl:sequence select="if ($birth or $death) then
                            (if ($birth and $death) then $birth || ' – ' || $death
                             else if ($birth) then 'born ' || $birth else 'died ' || $death)
                          else if ($floruit) then 'fl. ' || $floruit
                          else $own[. ne '']"/>
  </xsl:function>

  <!-- Where an entity is: for a place its settlement/region/country or the places it lies in; for an
       organisation its seat; () when nothing is said. -->
  <xsl:function name="editio:entity-where" as="xs:string?">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="ep:entity-where($entity, editio:entity-name($entity))"/>
  </xsl:function>

  <!-- editio:entity-where for an entity whose display name ($own) is known. -->
  <xsl:function name="ep:entity-where" as="xs:string?">
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="own" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*"
      select="distinct-values((
                $entity/(tei:settlement | tei:district | tei:region | tei:country | tei:bloc)/normalize-space(),
                $entity/tei:location/(tei:settlement | tei:district | tei:region | tei:country | tei:bloc | tei:placeName)
                  /normalize-space(string-join(text(), '')),
                $entity/tei:location/tei:address/normalize-space()
              )[. ne ''][. ne $own])"/>
    <xsl:sequence select="string-join($parts, ', ')[. ne '']"/>
  </xsl:function>

  <!-- Further facts of an entity, as short strings: occupations and affiliations, authors and editors,
       bibliographic statements, the entities nested in it (e.g. an event's place). -->
  <xsl:function name="editio:entity-details" as="xs:string*">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="ep:entity-details($entity, ep:entity-name-elements($entity))"/>
  </xsl:function>

  <!-- editio:entity-details for an entity whose name elements ($names, ep:entity-name-elements) are known. -->
  <xsl:function name="ep:entity-details" as="xs:string*">
    <xsl:param name="entity" as="element()"/>
    <xsl:param name="names" as="element()*"/>
    <xsl:sequence _select="distinct-values((
        $entity/(tei:occupation | tei:affiliation | tei:faith | tei:nationality | tei:residence | tei:education | tei:state
                 | tei:trait | tei:socecStatus)/normalize-space(),
        $entity/(tei:author | tei:editor) ! ((if (self::tei:editor) then 'ed. ' else '') || ep:name-text(.)),
        $entity/(tei:title except $names[1])[not(ep:is-url(string(.)))][not(. = $names[1])] ! normalize-space(.),
        $entity/(tei:pubPlace | tei:publisher | tei:edition | tei:biblScope | tei:series | tei:imprint)/normalize-space(),
        $entity/*[{$editio:is('entity-list')}]/*[{$editio:is('entity')}] ! editio:entity-name(.)
      )[. ne ''])"/>
  </xsl:function>

  <!-- The variant names of an entity (distinct, without the display name). -->
  <xsl:function name="editio:entity-variants" as="xs:string*">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="ep:entity-variants(ep:entity-name-elements($entity), editio:entity-name($entity),
                                             editio:entity-details($entity))"/>
  </xsl:function>

  <!-- The variant names from an entity's name elements, its display name and its details. -->
  <xsl:function name="ep:entity-variants" as="xs:string*">
    <xsl:param name="names" as="element()*"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="details" as="xs:string*"/>
    <xsl:sequence select="distinct-values((tail($names) ! ep:name-text(.))[. ne ''][not(. = ($name, $details))])"/>
  </xsl:function>

  <!-- A short label for a URL: the authority's name (GND, GeoNames, Wikidata, PMB …) from its host, else
       the host without 'www.'. -->
  <xsl:function name="editio:url-label" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:variable name="host" as="xs:string"
      select="lower-case(replace(replace($url, '\A[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#:]*)[^\n\r]*\z', '$1', ';j'), '\Awww\.', '', ';j'))"/>
    <xsl:variable name="known" as="xs:string*"
      select="map:keys($ep:authority-labels)[$host = . or ends-with($host, '.' || .)]"/>
    <xsl:sequence select="if (exists($known)) then $ep:authority-labels($known[1]) else ($host[. ne ''], 'link')[1]"/>
  </xsl:function>

  <!-- The identifier links of an entity: maps { 'label', 'href' } for each safe URL among its own idno
       (text), ref/ptr (@target) and titles that are URLs, in document order, without duplicate hrefs; the
       label is numbered when an authority occurs more than once (PMB, PMB 2). Not the idnos of the places
       it is located in. -->
  <xsl:function name="editio:entity-links" as="map(xs:string, xs:string)*">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="hrefs" as="xs:string*"
      select="distinct-values($entity/(tei:idno | tei:ref | tei:ptr | tei:title | tei:persName | tei:placeName | tei:orgName)
                ! (if (self::tei:ref or self::tei:ptr) then tokenize(normalize-space(@target), ' ')
                   else if (self::tei:idno or self::tei:title) then normalize-space(.)[ep:is-url(.)]
                   else ())
                ! editio:safe-url(.)[ep:is-url(.)])"/>
    <xsl:variable name="labels" as="xs:string*" select="$hrefs ! editio:url-label(.)"/>
    <xsl:sequence select="for $i in 1 to count($hrefs)
                          return map { 'href': $hrefs[$i],
                                       'label': $labels[$i] || (let $n := count($labels[position() le $i][. = $labels[$i]])
                                                               return if ($n gt 1) then ' ' || $n else '') }"/>
  </xsl:function>

  <!-- The plain identifiers of an entity (idno that are not URLs): 'GND 118609807'. -->
  <xsl:function name="editio:entity-identifiers" as="xs:string*">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="$entity/tei:idno[not(ep:is-url(string(.)))][normalize-space()]
                            ! string-join((normalize-space(@type)[. ne ''], normalize-space(.)), ' ')"/>
  </xsl:function>

  <!-- The note and desc children of an entity, rendered as text by each output. -->
  <xsl:function name="editio:entity-notes" as="element()*">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="$entity/(tei:note | tei:desc)"/>
  </xsl:function>

  <!-- The children of an entity no rule knows: rendered visibly and reported by each output. -->
  <xsl:function name="editio:entity-unknown-children" as="element()*">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="$entity/*[not(namespace-uri() eq 'http://www.tei-c.org/ns/1.0' and map:contains($ep:entity-known, local-name()))]"/>
  </xsl:function>

  <!-- The summary of an entity that both outputs print: id, kind, name, dates, where, details,
       variants, identifiers, links (see the head comment). The name elements, name and details are worked
       out once and passed on. -->
  <xsl:function name="editio:entity-summary" as="map(xs:string, item()*)">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="names" as="element()*" select="ep:entity-name-elements($entity)"/>
    <xsl:variable name="name" as="xs:string" select="ep:entity-name($entity, $names)"/>
    <xsl:variable name="details" as="xs:string*" select="ep:entity-details($entity, $names)"/>
    <xsl:sequence select="map {
        'id': string($entity/@xml:id)[. ne ''],
        'kind': editio:entity-kind($entity),
        'name': $name,
        'dates': editio:entity-dates($entity),
        'where': ep:entity-where($entity, $name),
        'details': $details,
        'variants': ep:entity-variants($names, $name, $details),
        'identifiers': editio:entity-identifiers($entity),
        'links': editio:entity-links($entity)
      }"/>
  </xsl:function>

</xsl:stylesheet>
