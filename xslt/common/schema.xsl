<?xml version="1.0" encoding="UTF-8"?>
<!--
  Reads the edition's schemas for the encoding guidelines (html/html_guidelines.xsl): the RelaxNG
  grammar ($editio:schema, XML syntax) and the Schematron rules ($editio:rules), and finds in the
  published documents where each element is used. Output-independent: it returns maps and strings.

  The model of one element declaration (eg:model) is a map:
    id          the declaration's id: its define's name ("persName.register"), else name-N
    name        the element's name ("persName")
    decl        the rng:element
    doc         its a:documentation (else its define's), white space normalised
    family      the schema's section comment above it ("Names, dates, identifiers"), else 'Elements'
    children    ids of the declarations it may contain, in schema order
    defines     names of the defines its content and attributes reach
    text        true when it may contain text (or a datatype value)
    any         true when it may contain any element (anyName)
    attributes  one map per attribute: name, required, doc, values (maps: value, doc), types, list
  Refs are followed through the defines that are not elements (attribute groups, content models,
  datatypes) to a fixed point, so a content model shared by many elements is read once per element.

  Private names use the prefix eg: (urn:editio:guidelines).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:rng="http://relaxng.org/ns/structure/1.0"
  xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:editio="urn:editio"
  xmlns:eg="urn:editio:guidelines"
  exclude-result-prefixes="#all">

  <!-- The XML namespace, for attributes declared as name="id" ns="…/XML/1998/namespace". -->
  <xsl:variable name="eg:xml-ns" as="xs:string" select="'http://www.w3.org/XML/1998/namespace'"/>

  <!-- ===================================================================================================
       The RelaxNG grammar
       =================================================================================================== -->

  <!-- Every element declaration of the schema, in schema order, as a model map (see above). Computed
       once, when the guidelines page asks for it. -->
  <xsl:variable name="eg:models" as="map(*)*"
    select="$editio:schema//rng:element[exists(eg:name(.))] ! eg:model(.)"/>

  <!-- The content groups: documented defines that are not elements and reach element declarations
       (inline.limited, inline.phrase, inline.para), as maps: name, doc, members (ids of the declarations
       they allow), reach (names of the defines they include). The page describes each once and names it
       where an element allows it, instead of repeating its members. -->
  <xsl:variable name="eg:groups" as="map(*)*">
    <xsl:for-each select="$editio:schema//rng:define[a:documentation][empty(rng:element)]">
      <xsl:variable name="reach" as="xs:string*" select="eg:reach(eg:local(.)[self::rng:ref]/string(@name), ())"/>
      <xsl:variable name="patterns" as="element()*" select="eg:local(.), $reach ! $eg:define-patterns(.)"/>
      <xsl:variable name="members" as="xs:string*" select="distinct-values(($patterns[self::rng:element][exists(eg:name(.))] | ()) ! eg:id(.))"/>
      <xsl:if test="exists($members)">
        <xsl:sequence select="map { 'name': string(@name), 'doc': eg:documentation(.), 'members': $members, 'reach': $reach }"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>

  <!-- The largest groups a declaration's content includes (none of them included in another). -->
  <xsl:function name="eg:groups-of" as="map(*)*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="in" as="map(*)*" select="$eg:groups[?name = $model?defines]"/>
    <xsl:sequence select="for $g in $in return $g[not(some $h in $in satisfies ($h?name ne $g?name and $g?name = $h?reach))]"/>
  </xsl:function>

  <!-- The smallest groups holding a declaration (each included in the larger ones that hold it too). -->
  <xsl:function name="eg:groups-holding" as="map(*)*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="in" as="map(*)*" select="$eg:groups[?members = $model?id]"/>
    <xsl:sequence select="for $g in $in return $g[not(some $h in $in satisfies ($h?name ne $g?name and $h?name = $g?reach))]"/>
  </xsl:function>

  <!-- The attributes that more than half of the declarations share, with the same meaning (xml:id,
       xml:lang): described once, not with every element. Keyed by eg:attribute-key. -->
  <xsl:variable name="eg:common-attributes" as="map(*)*">
    <xsl:for-each-group select="$eg:models ! ?attributes" group-by="eg:attribute-key(.)">
      <xsl:if test="count(current-group()) * 2 gt count($eg:models)">
        <xsl:sequence select="."/>
      </xsl:if>
    </xsl:for-each-group>
  </xsl:variable>

  <!-- What makes two attribute declarations the same: name, required or not, documentation. -->
  <xsl:function name="eg:attribute-key" as="xs:string">
    <xsl:param name="att" as="map(*)"/>
    <xsl:sequence select="string-join(($att?name, string($att?required), $att?doc), '|')"/>
  </xsl:function>

  <!-- The declarations that may contain each declaration: id → ids of its parents. -->
  <xsl:variable name="eg:parents" as="map(xs:string, xs:string*)">
    <xsl:map>
      <xsl:for-each-group select="$eg:models" group-by="?children">
        <xsl:map-entry key="current-grouping-key()" select="current-group() ! ?id"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The declarations by id. -->
  <xsl:variable name="eg:by-id" as="map(xs:string, map(*))"
    select="map:merge($eg:models ! map { ?id : . }, map { 'duplicates': 'use-first' })"/>

  <!-- The name of an rng:element or rng:attribute ("persName", "xml:id"); () for a name class
       (anyName, nsName, choice of names). -->
  <xsl:function name="eg:name" as="xs:string?">
    <xsl:param name="decl" as="element()"/>
    <xsl:variable name="name" as="xs:string" select="normalize-space(($decl/@name, $decl/rng:name)[1])"/>
    <xsl:variable name="ns" as="xs:string?" select="($decl/@ns, $decl/rng:name/@ns)[1]"/>
    <xsl:sequence select="if ($name eq '') then ()
                          else if ($ns = $eg:xml-ns and not(contains($name, ':'))) then 'xml:' || $name
                          else $name"/>
  </xsl:function>

  <!-- The id of a declaration: the name of the define it is alone in, else name-N (N-th of that name). -->
  <xsl:function name="eg:id" as="xs:string">
    <xsl:param name="decl" as="element(rng:element)"/>
    <xsl:variable name="define" as="element(rng:define)?" select="$decl/parent::rng:define[count(rng:element) eq 1]"/>
    <xsl:variable name="name" as="xs:string" select="string(eg:name($decl))"/>
    <xsl:sequence select="if ($define) then string($define/@name)
                          else $name || '-' || (count($decl/preceding::rng:element[eg:name(.) = $name]) + 1)"/>
  </xsl:function>

  <!-- The patterns that belong to $root itself: its descendants, not those inside a nested element,
       attribute or define (each of which is a pattern of its own). -->
  <xsl:function name="eg:local" as="element()*">
    <xsl:param name="root" as="element()"/>
    <xsl:sequence select="$root//*[ancestor::*[self::rng:element or self::rng:attribute or self::rng:define][1] is $root]"/>
  </xsl:function>

  <!-- A pattern node that is certain to occur when its root occurs: no optional, zeroOrMore or choice
       between it and its root (element, attribute or define). -->
  <xsl:function name="eg:plain" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="root" as="element()"/>
    <xsl:sequence select="empty($node/ancestor::*[. >> $root][self::rng:optional or self::rng:zeroOrMore or self::rng:choice])"/>
  </xsl:function>

  <!-- The patterns of each define (eg:local), by name: computed once, since every element's content
       passes through the same few defines. -->
  <xsl:variable name="eg:define-patterns" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$editio:schema//rng:define" group-by="string(@name)">
        <xsl:map-entry key="current-grouping-key()" select="current-group() ! eg:local(.)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The names each define refers to, and those it refers to through refs certain to occur (eg:plain). -->
  <xsl:variable name="eg:define-refs" as="map(xs:string, xs:string*)"
    select="map:merge(map:keys($eg:define-patterns) ! map { . : distinct-values($eg:define-patterns(.)[self::rng:ref]/string(@name)) })"/>
  <xsl:variable name="eg:define-plain-refs" as="map(xs:string, xs:string*)">
    <xsl:map>
      <xsl:for-each-group select="$editio:schema//rng:define" group-by="string(@name)">
        <xsl:map-entry key="current-grouping-key()"
          select="distinct-values(for $d in current-group() return eg:local($d)[self::rng:ref][eg:plain(., $d)]/string(@name))"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The defines reached from the refs $names, following refs in the defines (not into elements or
       attributes) to a fixed point. Returns the names. -->
  <xsl:function name="eg:reach" as="xs:string*">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:param name="seen" as="xs:string*"/>
    <xsl:variable name="new" as="xs:string*" select="distinct-values($names)[not(. = $seen)]"/>
    <xsl:sequence select="if (empty($new)) then $seen else eg:reach($new ! $eg:define-refs(.), ($seen, $new))"/>
  </xsl:function>

  <!-- The defines reached from the refs $names through refs that are certain to occur (see eg:plain). -->
  <xsl:function name="eg:reach-plain" as="xs:string*">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:param name="seen" as="xs:string*"/>
    <xsl:variable name="new" as="xs:string*" select="distinct-values($names)[not(. = $seen)]"/>
    <xsl:sequence select="if (empty($new)) then $seen else eg:reach-plain($new ! $eg:define-plain-refs(.), ($seen, $new))"/>
  </xsl:function>

  <!-- The model of one element declaration (see the comment at the top). -->
  <xsl:function name="eg:model" as="map(*)">
    <xsl:param name="decl" as="element(rng:element)"/>
    <xsl:variable name="own" as="element()*" select="eg:local($decl)"/>
    <xsl:variable name="defines" as="xs:string*" select="eg:reach($own[self::rng:ref]/string(@name), ())"/>
    <xsl:variable name="patterns" as="element()*" select="$own, $defines ! $eg:define-patterns(.)"/>
    <xsl:variable name="required" as="xs:string*" select="eg:reach-plain($own[self::rng:ref][eg:plain(., $decl)]/string(@name), ())"/>
    <!-- (a union: each declaration once, in schema order) -->
    <xsl:variable name="children" as="element(rng:element)*" select="$patterns[self::rng:element][exists(eg:name(.))] | ()"/>
    <xsl:map>
      <xsl:map-entry key="'id'" select="eg:id($decl)"/>
      <xsl:map-entry key="'name'" select="eg:name($decl)"/>
      <xsl:map-entry key="'decl'" select="$decl"/>
      <xsl:map-entry key="'doc'" select="eg:documentation(($decl, $decl/parent::rng:define))"/>
      <xsl:map-entry key="'family'" select="eg:family($decl)"/>
      <xsl:map-entry key="'children'" select="distinct-values($children ! eg:id(.))"/>
      <xsl:map-entry key="'defines'" select="$defines"/>
      <xsl:map-entry key="'text'" select="exists($patterns[self::rng:text or self::rng:data or self::rng:value or self::rng:list or self::rng:mixed])"/>
      <xsl:map-entry key="'any'" select="exists($patterns[self::rng:element][empty(eg:name(.))])"/>
      <xsl:map-entry key="'attributes'">
        <xsl:for-each-group select="$patterns[self::rng:attribute][exists(eg:name(.))]" group-by="eg:name(.)">
          <xsl:variable name="att" as="element(rng:attribute)" select="."/>
          <xsl:variable name="root" as="element()" select="$att/ancestor::*[self::rng:element or self::rng:define][1]"/>
          <xsl:sequence select="eg:attribute($att, eg:plain($att, $root) and ($root is $decl or $root/@name = $required))"/>
        </xsl:for-each-group>
      </xsl:map-entry>
    </xsl:map>
  </xsl:function>

  <!-- One attribute: name, required, documentation, allowed values (with their documentation, when the
       schema gives one right after the value), datatypes, and whether the value is a list. -->
  <xsl:function name="eg:attribute" as="map(*)">
    <xsl:param name="att" as="element(rng:attribute)"/>
    <xsl:param name="required" as="xs:boolean"/>
    <xsl:variable name="own" as="element()*" select="eg:local($att)"/>
    <xsl:variable name="patterns" as="element()*"
      select="$own, eg:reach($own[self::rng:ref]/string(@name), ()) ! $eg:define-patterns(.)"/>
    <xsl:sequence select="map {
      'name': eg:name($att),
      'required': $required,
      'doc': eg:documentation($att),
      'values': $patterns[self::rng:value] ! map { 'value': string(.), 'doc': eg:documentation(following-sibling::*[1][self::a:documentation]) },
      'types': distinct-values($patterns[self::rng:data]/string(@type)),
      'patterns': distinct-values($patterns[self::rng:data]/rng:param[@name = 'pattern']/string()),
      'list': exists($patterns[self::rng:list])
    }"/>
  </xsl:function>

  <!-- The first a:documentation of the nodes (or the nodes themselves when they are documentation),
       white space normalised; '' when there is none. -->
  <xsl:function name="eg:documentation" as="xs:string">
    <xsl:param name="nodes" as="element()*"/>
    <xsl:sequence select="string(($nodes ! (self::a:documentation, a:documentation)[1] ! normalize-space(.))[. ne ''][1])"/>
  </xsl:function>

  <!-- The family of a declaration: the nearest comment above its define (or above it) that is a
       heading (a short line, not a rule of '=' or '-'), e.g. "Names, dates, identifiers"; else 'Elements'. -->
  <xsl:function name="eg:family" as="xs:string">
    <xsl:param name="decl" as="element(rng:element)"/>
    <xsl:variable name="top" as="element()" select="$decl/ancestor-or-self::*[parent::rng:grammar or parent::rng:div][1]"/>
    <xsl:variable name="heading" as="xs:string?"
      select="$top/preceding-sibling::comment()[matches(., '[\p{L}\p{N}]')][string-length(normalize-space(.)) le 80][1] ! normalize-space(.)"/>
    <xsl:sequence select="($heading, 'Elements')[1]"/>
  </xsl:function>

  <!-- The families in schema order, each with its element names (in schema order, each name once, in the
       family of its first declaration). -->
  <xsl:function name="eg:families" as="map(xs:string, item()*)*">
    <xsl:variable name="firsts" as="map(*)*">
      <xsl:for-each-group select="$eg:models" group-by="?name">
        <xsl:sequence select="."/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:for-each-group select="$firsts" group-by="?family">
      <xsl:sequence select="map { 'family': current-grouping-key(), 'names': current-group() ! ?name }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The declarations of an element name (persName: the one in the text, the one in the register). -->
  <xsl:function name="eg:declarations" as="map(*)*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="$eg:by-name($name)"/>
  </xsl:function>

  <!-- The declarations by element name. -->
  <xsl:variable name="eg:by-name" as="map(xs:string, map(*)*)">
    <xsl:map>
      <xsl:for-each-group select="$eg:models" group-by="?name">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- ===================================================================================================
       Use in the published documents
       =================================================================================================== -->

  <!-- How the published documents and the register use each TEI element, by local name: Java's table
       ($editio:uses, docs/xslt-contract.md), which counts what this module defines: an element's uses
       and files; per parent (local name, '' for the root) its uses, files and documents (their places in date
       order, the register last); per kind of use (parent, place, signature: what makes two examples different, that is
       the parent's local name, the attributes' names as written, sorted, and @type, joined by '|') the first use:
       its document's place in date order (@order, the register last), its number in ($editio:documents,
       $editio:register) (@doc; 0 when Java did not pass that document: no example is taken from it) and its
       position among that document's TEI elements (@at). An element's
       place is 'text' inside a tei:text, else 'header' inside a tei:teiHeader, else 'other'. -->
  <xsl:variable name="eg:used" as="map(xs:string, element(name))"
    select="map:merge($editio:uses/uses/name ! map:entry(string(@name), .))"/>

  <!-- The documents as the table numbers them. -->
  <xsl:variable name="eg:numbered" as="document-node()*" select="($editio:documents, $editio:register)"/>

  <!-- How often the documents use an element name: map { 'uses', 'files' }. -->
  <xsl:function name="eg:uses-of-name" as="map(xs:string, xs:integer)">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="row" as="element(name)?" select="$eg:used($name)"/>
    <xsl:sequence select="map { 'uses': xs:integer(($row/@uses, 0)[1]), 'files': xs:integer(($row/@files, 0)[1]) }"/>
  </xsl:function>

  <!-- The parents a declaration's uses have: when the schema declares its name more than once, those of
       this declaration ('' for the root when it has none); else () for any parent. -->
  <xsl:function name="eg:use-parents" as="xs:string*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="parents" as="xs:string*" select="$eg:parents($model?id) ! $eg:by-id(.)?name"/>
    <xsl:sequence select="if (count(eg:declarations($model?name)) le 1) then () else if (empty($parents)) then '' else $parents"/>
  </xsl:function>

  <!-- How often the documents use a declaration (see eg:use-parents): map { 'uses', 'files' }. -->
  <xsl:function name="eg:uses" as="map(xs:string, xs:integer)">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="parents" as="xs:string*" select="eg:use-parents($model)"/>
    <xsl:variable name="rows" as="element(parent)*" select="$eg:used($model?name)/parent[@name = $parents]"/>
    <xsl:sequence select="if (empty($parents)) then eg:uses-of-name($model?name)
                          else map { 'uses': xs:integer(sum($rows/@uses)),
                                     'files': count(distinct-values($rows ! tokenize(@docs))) }"/>
  </xsl:function>

  <!-- Up to two examples of a declaration: its first use (in the text, then elsewhere, then in the header;
       documents in date order, the register last), and the first use so ordered that differs from it in
       its parent, its attributes or its type (its signature). -->
  <xsl:function name="eg:examples" as="element()*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:sequence select="$eg:examples-by-model($model?id)"/>
  </xsl:function>

  <!-- The examples of every declaration, by declaration id (see eg:examples): worked out once per page. -->
  <xsl:variable name="eg:examples-by-model" as="map(xs:string, element()*)"
    select="map:merge($eg:models ! map:entry(?id, eg:find-examples(.)), map { 'duplicates': 'use-first' })"/>

  <!-- The documents the guidelines page takes its examples from, by id (initial template
       Q{urn:editio}guidelines-sources, called after the page with the same parameters): the page depends on
       their text, and on the other documents only through their elements' names, places, attributes and
       types (docs/xslt-contract.md). -->
  <xsl:template name="editio:guidelines-sources" as="xs:string*">
    <xsl:sequence select="distinct-values(map:keys($eg:examples-by-model) ! $eg:examples-by-model(.) ! editio:document-id(root(.)))"/>
  </xsl:template>

  <xsl:function name="eg:find-examples" as="element()*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="parents" as="xs:string*" select="eg:use-parents($model)"/>
    <xsl:variable name="kinds" as="element(kind)*" select="$eg:used($model?name)/kind[empty($parents) or @parent = $parents]"/>
    <xsl:variable name="ordered" as="element(kind)*">
      <xsl:perform-sort select="$kinds">
        <xsl:sort select="index-of(('text', 'other', 'header'), string(@place))"/>
        <xsl:sort select="xs:integer(@order)"/>
        <xsl:sort select="xs:integer(@at)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="first" as="element(kind)?" select="$ordered[1]"/>
    <xsl:sequence select="($first, $first ! $ordered[@sig ne $first/@sig][1]) ! eg:element(.)"/>
  </xsl:function>

  <!-- The element a kind of use names: the first of its kind in its document. -->
  <xsl:function name="eg:element" as="element()">
    <xsl:param name="kind" as="element(kind)"/>
    <xsl:sequence select="($eg:numbered[xs:integer($kind/@doc)]//tei:*)[xs:integer($kind/@at)]"/>
  </xsl:function>

  <!-- The TEI elements the documents use that the schema does not declare (lenient builds), by name. -->
  <xsl:function name="eg:undeclared" as="xs:string*">
    <xsl:sequence select="sort(map:keys($eg:used)[not(. = $eg:models ! ?name)])"/>
  </xsl:function>

  <!-- ===================================================================================================
       The Schematron rules
       =================================================================================================== -->

  <!-- Every assert and report with an @id, as a map: id, role, title (of its pattern), message (the
       sch:assert), targets (see eg:targets). -->
  <xsl:variable name="eg:checks" as="map(*)*"
    select="$editio:rules//(sch:assert | sch:report)[@id] ! map {
              'id': string(@id),
              'role': (@role/string(), 'error')[1],
              'title': normalize-space(ancestor::sch:pattern[1]/sch:title),
              'message': .,
              'targets': eg:targets(string(ancestor::sch:rule[1]/@context))
            }"/>

  <!-- What a rule context names, read from its XPath: for each branch of a union, with its predicates
       removed, the last step: 'persName' for tei:persName, 'persName/@ref' for tei:persName/@ref,
       '*/@when' for tei:*/@when. A reading, not an evaluation: contexts this does not understand
       name nothing, and the check is listed only among all checks. -->
  <xsl:function name="eg:targets" as="xs:string*">
    <xsl:param name="context" as="xs:string"/>
    <xsl:variable name="plain" as="xs:string" select="eg:without-predicates($context)"/>
    <xsl:for-each select="tokenize($plain, '\|') ! normalize-space(.)[. ne '']">
      <xsl:variable name="steps" as="xs:string*" select="tokenize(., '/+') ! replace(., '^[a-z\-]+::', '')"/>
      <xsl:variable name="last" as="xs:string?" select="$steps[last()]"/>
      <xsl:variable name="element" as="xs:string" select="if (starts-with($last, '@')) then eg:step-name($steps[last() - 1]) else eg:step-name($last)"/>
      <xsl:choose>
        <xsl:when test="starts-with($last, '@')">
          <xsl:sequence select="$element || '/' || $last"/>
        </xsl:when>
        <xsl:when test="$element ne '*'">
          <xsl:sequence select="$element"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The element a step names without its prefix; '*' for a wildcard or no step. -->
  <xsl:function name="eg:step-name" as="xs:string">
    <xsl:param name="step" as="xs:string?"/>
    <xsl:variable name="local" as="xs:string" select="replace(string($step), '^[^:]*:', '')"/>
    <xsl:sequence select="if (matches($local, '^[\p{L}_][\w.\-]*$')) then $local else '*'"/>
  </xsl:function>

  <!-- An XPath without its [predicates] (innermost first, until none is left). -->
  <xsl:function name="eg:without-predicates" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:variable name="less" as="xs:string" select="replace($path, '\[[^\[\]]*\]', '')"/>
    <xsl:sequence select="if ($less eq $path) then $path else eg:without-predicates($less)"/>
  </xsl:function>

  <!-- The checks that concern a declaration: those naming one of its attributes, on its element or on any
       element, and, when its name has no other declaration, those naming its element. -->
  <xsl:function name="eg:checks-of" as="map(*)*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:sequence select="$eg:model-checks($model?id)"/>
  </xsl:function>

  <!-- eg:checks-of of every declaration, by id: computed once. -->
  <xsl:variable name="eg:model-checks" as="map(xs:string, map(*)*)"
    select="map:merge($eg:models ! map { ?id : eg:find-checks(.) }, map { 'duplicates': 'use-first' })"/>

  <!-- See eg:checks-of. -->
  <xsl:function name="eg:find-checks" as="map(*)*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="name" as="xs:string" select="$model?name"/>
    <xsl:variable name="atts" as="xs:string*" select="$model?attributes ! ?name"/>
    <xsl:variable name="alone" as="xs:boolean" select="count(eg:declarations($name)) eq 1"/>
    <xsl:sequence select="$eg:checks[some $t in ?targets satisfies
                            (($alone and $t eq $name) or (for $a in $atts return ($name || '/@' || $a, '*/@' || $a)) = $t)]"/>
  </xsl:function>

  <!-- The checks naming an element (not one of its attributes): for a name declared more than once, they
       concern some of its uses, and the page lists them with the name, not with a declaration. -->
  <xsl:function name="eg:checks-of-name" as="map(*)*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="$eg:checks[?targets = $name]"/>
  </xsl:function>

</xsl:stylesheet>
