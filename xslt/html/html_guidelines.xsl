<?xml version="1.0" encoding="UTF-8"?>
<!--
  The encoding guidelines (initial template Q{urn:editio}guidelines → guidelines.html), made from the
  edition's RelaxNG schema and Schematron rules (read by common/schema.xsl): for every element the
  schema declares, what it means in this edition (its a:documentation), where it may occur, what it may
  contain, its attributes with their meaning and allowed values, the checks that concern it, how often
  the published documents use it, and up to two examples copied from them (escaped, indented as in the
  source, shortened to fit, linked to the page they come from). A table of contents by element family
  (the schema's section comments); the content groups (documented defines of elements, such as
  inline.para) described once and named where an element allows them; anchors #el-NAME per element, #el-NAME-att-ATT per attribute,
  #def-ID per declaration when a name is declared more than once, #check-ID per check.
  Without a schema the page says so. Mirrors nothing in fo/: the guidelines exist only on the site.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:rng="http://relaxng.org/ns/structure/1.0"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  xmlns:eg="urn:editio:guidelines"
  exclude-result-prefixes="#all">

  <!-- An example longer than this many characters or lines is shortened (deeper elements folded). -->
  <xsl:variable name="eg:snippet-chars" as="xs:integer" select="900"/>
  <xsl:variable name="eg:snippet-lines" as="xs:integer" select="16"/>

  <!-- A text node of an example longer than this is cut at a word boundary. -->
  <xsl:variable name="eg:text-chars" as="xs:integer" select="220"/>

  <!-- The guidelines page. -->
  <xsl:template name="editio:guidelines" as="document-node()">
    <xsl:variable name="names" as="xs:string*" select="distinct-values($eg:models ! ?name)"/>
    <xsl:call-template name="es:page">
      <xsl:with-param name="title" select="'Encoding guidelines'"/>
      <xsl:with-param name="description" select="'How ' || editio:config('edition-title') || ' encodes its documents in TEI-XML: every element and attribute the edition uses, what it means here, where it may occur, and examples from the documents.'"/>
      <xsl:with-param name="body-class" select="'page-guidelines page-site'"/>
      <xsl:with-param name="current" select="'guidelines'"/>
      <xsl:with-param name="content" as="element()*">
        <header class="document-header">
          <p class="document-kind">Encoding guidelines</p>
          <h1 id="guidelines-title">How the documents are encoded</h1>
          <xsl:choose>
            <xsl:when test="empty($eg:models)">
              <p class="lead">This edition has no RelaxNG schema to describe.</p>
            </xsl:when>
            <xsl:otherwise>
              <p class="lead">
                <xsl:value-of select="'The documents are encoded in TEI-XML. This page describes the '
                                      || count($names) || ' elements the edition’s schema allows: what each means here, where it may stand, what it may contain, its attributes and their values, with examples taken from the edition’s documents.'"/>
              </p>
              <p class="guidelines-source">
                <xsl:value-of select="'Made from the schema ' || eg:file-name($editio:schema)
                                      || (if (exists($eg:checks)) then ' and the ' || count($eg:checks) || ' checks of ' || eg:file-name($editio:rules) else '')
                                      || '. An element marked “not yet used” is allowed but occurs in no published document.'"/>
              </p>
            </xsl:otherwise>
          </xsl:choose>
        </header>
        <xsl:if test="exists($eg:models)">
          <div class="guidelines-layout">
            <xsl:call-template name="eg:toc"/>
            <div class="guidelines-body">
              <xsl:call-template name="eg:common-attributes"/>
              <xsl:call-template name="eg:groups"/>
              <xsl:for-each select="eg:families()">
                <xsl:call-template name="eg:family">
                  <xsl:with-param name="family" select="."/>
                </xsl:call-template>
              </xsl:for-each>
              <xsl:call-template name="eg:undeclared"/>
              <xsl:call-template name="eg:checks"/>
            </div>
          </div>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The last segment of a document's URI ('editio.rng'). -->
  <xsl:function name="eg:file-name" as="xs:string">
    <xsl:param name="doc" as="document-node()?"/>
    <xsl:sequence select="(tokenize(string($doc ! document-uri(.)), '/')[last()][. ne ''], 'of the edition')[1]"/>
  </xsl:function>

  <!-- The HTML id of a family section. -->
  <xsl:function name="eg:family-id" as="xs:string">
    <xsl:param name="family" as="xs:string"/>
    <xsl:sequence select="'family-' || replace(lower-case($family), '[^\p{L}\p{N}]+', '-') ! replace(., '^-|-$', '')"/>
  </xsl:function>

  <!-- ===================================================================================================
       Table of contents
       =================================================================================================== -->

  <!-- The families, each with its elements; then the checks. -->
  <xsl:template name="eg:toc" as="element(nav)">
    <nav class="guidelines-toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" class="toc-heading">Contents</h2>
      <ol class="toc-families">
        <xsl:if test="exists($eg:common-attributes)">
          <li><a class="toc-family" href="#common-attributes">Attributes of every element</a></li>
        </xsl:if>
        <xsl:if test="exists($eg:groups)">
          <li><a class="toc-family" href="#content-groups">Content groups</a></li>
        </xsl:if>
        <xsl:for-each select="eg:families()">
          <li>
            <a class="toc-family" href="#{eg:family-id(?family)}"><xsl:value-of select="?family"/></a>
            <ul class="toc-elements">
              <xsl:for-each select="?names">
                <li><a href="#el-{.}"><xsl:value-of select="."/></a></li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:for-each>
        <xsl:if test="exists(eg:undeclared())">
          <li><a class="toc-family" href="#undeclared">Not in the schema</a></li>
        </xsl:if>
        <xsl:if test="exists($eg:checks)">
          <li><a class="toc-family" href="#checks">What the edition checks</a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <!-- ===================================================================================================
       Elements
       =================================================================================================== -->

  <!-- One family: its heading and its elements. -->
  <xsl:template name="eg:family" as="element(section)">
    <xsl:param name="family" as="map(xs:string, item()*)"/>
    <xsl:variable name="id" as="xs:string" select="eg:family-id($family?family)"/>
    <section class="element-family" id="{$id}" aria-labelledby="{$id}-heading">
      <h2 id="{$id}-heading" class="section-heading"><xsl:value-of select="$family?family"/></h2>
      <xsl:for-each select="$family?names">
        <xsl:call-template name="eg:element">
          <xsl:with-param name="name" select="."/>
        </xsl:call-template>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- One element name: a heading, then its declaration, or each of its declarations under a heading of
       its own. -->
  <xsl:template name="eg:element" as="element(section)">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="models" as="map(*)*" select="eg:declarations($name)"/>
    <xsl:variable name="uses" as="map(xs:string, xs:integer)" select="eg:uses-of-name($name)"/>
    <section class="element-entry" id="el-{$name}" aria-labelledby="el-{$name}-heading">
      <h3 id="el-{$name}-heading" class="element-name">
        <code><xsl:value-of select="'&lt;' || $name || '&gt;'"/></code>
        <xsl:call-template name="eg:usage">
          <xsl:with-param name="uses" select="$uses"/>
        </xsl:call-template>
      </h3>
      <xsl:choose>
        <xsl:when test="count($models) eq 1">
          <xsl:call-template name="eg:declaration">
            <xsl:with-param name="model" select="$models"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p class="element-variants">
            <xsl:value-of select="'The edition uses ' || $name || ' in ' || count($models) || ' ways, each with its own rules.'"/>
          </p>
          <xsl:variable name="checks" as="map(*)*" select="eg:checks-of-name($name)"/>
          <xsl:if test="exists($checks)">
            <dl class="element-facts">
              <dt>Checked by</dt>
              <dd><xsl:sequence select="eg:check-links($checks)"/> (where the rule applies)</dd>
            </dl>
          </xsl:if>
          <xsl:for-each select="$models">
            <section class="element-variant" id="def-{?id}" aria-labelledby="def-{?id}-heading">
              <h4 id="def-{?id}-heading" class="variant-name">
                <code><xsl:value-of select="$name"/></code>
                <xsl:sequence select="eg:where(.)"/>
                <xsl:call-template name="eg:usage">
                  <xsl:with-param name="uses" select="eg:uses(.)"/>
                </xsl:call-template>
              </h4>
              <xsl:call-template name="eg:declaration">
                <xsl:with-param name="model" select="."/>
              </xsl:call-template>
            </section>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- " in person" / " in p, item and 12 other elements": where a declaration occurs, for its heading. -->
  <xsl:function name="eg:where" as="node()*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="parents" as="xs:string*" select="distinct-values($eg:parents($model?id) ! $eg:by-id(.)?name)"/>
    <xsl:choose>
      <xsl:when test="empty($parents)">
        <xsl:text> as the root</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text> in </xsl:text>
        <xsl:for-each select="subsequence($parents, 1, 3)">
          <xsl:if test="position() gt 1">
            <xsl:value-of select="if (position() eq last() and count($parents) le 3) then ' and ' else ', '"/>
          </xsl:if>
          <code><xsl:value-of select="."/></code>
        </xsl:for-each>
        <xsl:if test="count($parents) gt 3">
          <xsl:value-of select="' and ' || count($parents) - 3 || ' other elements'"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- How often the documents use an element: "25 uses in 2 files", or "not yet used". -->
  <xsl:template name="eg:usage" as="element(span)">
    <xsl:param name="uses" as="map(xs:string, xs:integer)"/>
    <xsl:variable name="count" as="xs:integer" select="$uses?uses"/>
    <xsl:variable name="files" as="xs:integer" select="$uses?files"/>
    <xsl:choose>
      <xsl:when test="$count eq 0">
        <span class="usage usage-none">not yet used</span>
      </xsl:when>
      <xsl:otherwise>
        <span class="usage">
          <xsl:value-of select="$count || (if ($count eq 1) then ' use' else ' uses')
                                || ' in ' || $files || (if ($files eq 1) then ' file' else ' files')"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One declaration: meaning, where, contents, checks, attributes, examples. -->
  <xsl:template name="eg:declaration" as="element()+">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="checks" as="map(*)*" select="eg:checks-of($model)"/>
    <xsl:variable name="root" as="xs:boolean" select="$model?id = $editio:schema//rng:start//rng:ref/@name
                                                      or exists($editio:schema//rng:start//rng:element intersect $model?decl)"/>
    <p class="element-doc">
      <xsl:choose>
        <xsl:when test="$model?doc ne ''"><xsl:sequence select="eg:prose($model?doc)"/></xsl:when>
        <xsl:otherwise><span class="prose-empty">The schema does not document this element.</span></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:variable name="holding" as="map(*)*" select="eg:groups-holding($model)"/>
    <xsl:variable name="parent-models" as="map(*)*" select="$eg:parents($model?id) ! $eg:by-id(.)"/>
    <xsl:variable name="through-groups" as="map(*)*" select="$parent-models[?defines = $holding ! ?name]"/>
    <xsl:variable name="other-parents" as="xs:string*" select="distinct-values($parent-models[not(?defines = $holding ! ?name)] ! ?name)"/>
    <xsl:variable name="groups" as="map(*)*" select="eg:groups-of($model)"/>
    <xsl:variable name="other-children" as="xs:string*"
      select="distinct-values($model?children[not(. = $groups ! ?members)] ! $eg:by-id(.)?name)"/>
    <dl class="element-facts">
      <dt>May occur in</dt>
      <dd>
        <xsl:variable name="parts" as="item()*">
          <xsl:if test="$root">
            <span>the root of each file</span>
          </xsl:if>
          <xsl:for-each select="$holding[exists($through-groups)]">
            <span>
              <xsl:text>every element that allows </xsl:text>
              <a href="#group-{?name}"><code><xsl:value-of select="?name"/></code></a>
            </span>
          </xsl:for-each>
        </xsl:variable>
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
          <xsl:sequence select="."/>
        </xsl:for-each>
        <xsl:if test="exists($parts) and exists($other-parents)">
          <xsl:text>; also in </xsl:text>
        </xsl:if>
        <xsl:sequence select="eg:element-links($other-parents)"/>
        <xsl:if test="empty(($parts, $other-parents))">
          <span class="prose-empty">no element of the schema contains it</span>
        </xsl:if>
      </dd>
      <dt>May contain</dt>
      <dd>
        <xsl:variable name="parts" as="item()*">
          <xsl:if test="$model?text"><span>text</span></xsl:if>
          <xsl:if test="$model?any"><span>any element</span></xsl:if>
          <xsl:for-each select="$groups">
            <span>the elements of <a href="#group-{?name}"><code><xsl:value-of select="?name"/></code></a></span>
          </xsl:for-each>
        </xsl:variable>
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
          <xsl:sequence select="."/>
        </xsl:for-each>
        <xsl:if test="exists($parts) and exists($other-children)">
          <xsl:text>; </xsl:text>
        </xsl:if>
        <xsl:sequence select="eg:element-links($other-children)"/>
        <xsl:if test="empty(($parts, $other-children))">nothing (an empty element)</xsl:if>
      </dd>
      <xsl:if test="exists($checks)">
        <dt>Checked by</dt>
        <dd><xsl:sequence select="eg:check-links($checks)"/></dd>
      </xsl:if>
    </dl>
    <xsl:call-template name="eg:attributes">
      <xsl:with-param name="model" select="$model"/>
    </xsl:call-template>
    <xsl:call-template name="eg:examples">
      <xsl:with-param name="model" select="$model"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Checks as links to their entries, separated by commas. -->
  <xsl:function name="eg:check-links" as="node()*">
    <xsl:param name="checks" as="map(*)*"/>
    <xsl:for-each select="$checks">
      <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
      <a href="#check-{?id}"><code><xsl:value-of select="?id"/></code></a>
    </xsl:for-each>
  </xsl:function>

  <!-- Element names as links to their entries, separated by spaces (a wrapping list). -->
  <xsl:function name="eg:element-links" as="element(ul)?">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:if test="exists($names)">
      <ul class="element-links">
        <xsl:for-each select="$names">
          <li><a href="#el-{.}"><xsl:value-of select="."/></a></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:function>

  <!-- The documentation's prose with @attribute names as code and camelCase element names
       (listPerson, handNote) linked to their entries. -->
  <xsl:function name="eg:prose" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="names" as="map(xs:string, map(*)*)" select="$eg:by-name"/>
    <xsl:analyze-string select="$text" regex="@[\p{{L}}_][\w:.\-]*|[a-z]+[A-Z][A-Za-z]*">
      <xsl:matching-substring>
        <xsl:choose>
          <xsl:when test="map:contains($names, .)"><a href="#el-{.}"><code><xsl:value-of select="."/></code></a></xsl:when>
          <xsl:when test="map:contains($names, replace(., 's$', ''))"><a href="#el-{replace(., 's$', '')}"><code><xsl:value-of select="replace(., 's$', '')"/></code></a>s</xsl:when>
          <xsl:otherwise><code><xsl:value-of select="."/></code></xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- ===================================================================================================
       Attributes
       =================================================================================================== -->

  <!-- The attributes of a declaration: its own (name, required or not, meaning, values), then the common
       attributes it carries, as links. -->
  <xsl:template name="eg:attributes" as="element(div)?">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="prefix" as="xs:string" select="if (count(eg:declarations($model?name)) gt 1) then 'def-' || $model?id else 'el-' || $model?name"/>
    <xsl:variable name="common" as="xs:string*" select="$eg:common-attributes ! eg:attribute-key(.)"/>
    <xsl:variable name="own" as="map(*)*" select="$model?attributes[not(eg:attribute-key(.) = $common)]"/>
    <xsl:variable name="shared" as="map(*)*" select="$model?attributes[eg:attribute-key(.) = $common]"/>
    <xsl:if test="exists($model?attributes)">
      <div class="attributes">
        <p class="facet-label">Attributes</p>
        <xsl:if test="exists($own)">
          <xsl:call-template name="eg:attribute-list">
            <xsl:with-param name="attributes" select="$own"/>
            <xsl:with-param name="prefix" select="$prefix"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="exists($shared)">
          <p class="attributes-common">
            <xsl:value-of select="(if (exists($own)) then 'And the ' else 'The ') || string-join($shared ! ('@' || ?name), ', ') || ' of '"/>
            <a href="#common-attributes">every element</a>
            <xsl:text>.</xsl:text>
          </p>
        </xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Attributes as a description list: name (required or not), meaning, values; ids {prefix}-att-NAME. -->
  <xsl:template name="eg:attribute-list" as="element(dl)">
    <xsl:param name="attributes" as="map(*)*"/>
    <xsl:param name="prefix" as="xs:string"/>
    <dl class="attribute-list">
      <xsl:for-each select="$attributes">
        <dt id="{$prefix}-att-{replace(?name, ':', '-')}">
          <code><xsl:value-of select="'@' || ?name"/></code>
          <xsl:if test="?required"><span class="required">required</span></xsl:if>
        </dt>
        <dd>
          <xsl:if test="?doc ne ''">
            <p><xsl:sequence select="eg:prose(?doc)"/></p>
          </xsl:if>
          <xsl:sequence select="eg:values(.)"/>
        </dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <!-- The content groups (see $eg:groups): name, meaning, members, and how many elements allow them. -->
  <xsl:template name="eg:groups" as="element(section)?">
    <xsl:if test="exists($eg:groups)">
      <section class="element-family" id="content-groups" aria-labelledby="content-groups-heading">
        <h2 id="content-groups-heading" class="section-heading">Content groups</h2>
        <p class="prose">Many elements allow the same set of elements inside them. The schema names these sets;
          an element's entry names the set instead of listing its members.</p>
        <dl class="group-list">
          <xsl:for-each select="$eg:groups">
            <xsl:variable name="group" as="map(*)" select="."/>
            <xsl:variable name="users" as="xs:integer" select="count($eg:models[?defines = $group?name])"/>
            <dt id="group-{?name}"><code><xsl:value-of select="?name"/></code></dt>
            <dd>
              <xsl:if test="?doc ne ''"><p><xsl:sequence select="eg:prose(?doc)"/></p></xsl:if>
              <xsl:sequence select="eg:element-links(distinct-values(?members ! $eg:by-id(.)?name))"/>
              <p class="group-users"><xsl:value-of select="'Allowed in ' || $users || (if ($users eq 1) then ' element.' else ' elements.')"/></p>
            </dd>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The attributes most elements share, described once (see $eg:common-attributes). -->
  <xsl:template name="eg:common-attributes" as="element(section)?">
    <xsl:if test="exists($eg:common-attributes)">
      <section class="element-family" id="common-attributes" aria-labelledby="common-attributes-heading">
        <h2 id="common-attributes-heading" class="section-heading">Attributes of every element</h2>
        <p class="prose">Most elements may carry these attributes; each element's entry says which of them it takes.</p>
        <xsl:call-template name="eg:attribute-list">
          <xsl:with-param name="attributes" select="$eg:common-attributes"/>
          <xsl:with-param name="prefix" select="'common'"/>
        </xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- What an attribute's value may be: a closed list of values, or a datatype. -->
  <xsl:function name="eg:values" as="element()?">
    <xsl:param name="att" as="map(*)"/>
    <xsl:variable name="values" as="map(*)*" select="$att?values"/>
    <xsl:choose>
      <xsl:when test="exists($values) and empty($att?types) and exists($values[?doc ne ''])">
        <div class="values">
          <p class="values-label"><xsl:value-of select="if ($att?list) then 'One or more of, separated by spaces:' else 'One of:'"/></p>
          <dl class="value-list">
            <xsl:for-each select="$values">
              <dt><code><xsl:value-of select="?value"/></code></dt>
              <dd><xsl:sequence select="eg:prose(?doc)"/></dd>
            </xsl:for-each>
          </dl>
        </div>
      </xsl:when>
      <xsl:when test="exists($values) and empty($att?types)">
        <p class="values">
          <span class="values-label"><xsl:value-of select="if ($att?list) then 'One or more of, separated by spaces: ' else if (count($values) eq 1) then 'Value: ' else 'One of: '"/></span>
          <xsl:for-each select="$values">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <code class="value"><xsl:value-of select="?value"/></code>
          </xsl:for-each>
        </p>
      </xsl:when>
      <xsl:when test="exists($att?types)">
        <p class="values">
          <span class="values-label">Value: </span>
          <xsl:value-of select="eg:type-description($att?types, $att?list)"/>
          <xsl:for-each select="$att?patterns[$att?types = 'string']">
            <xsl:text>, matching </xsl:text><code><xsl:value-of select="."/></code>
          </xsl:for-each>
          <xsl:if test="exists($values)">
            <xsl:text>, or </xsl:text>
            <xsl:for-each select="$values">
              <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
              <code class="value"><xsl:value-of select="?value"/></code>
            </xsl:for-each>
          </xsl:if>
        </p>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- A datatype in words ("a pointer (URI)", "one or more pointers, separated by spaces"). -->
  <xsl:function name="eg:type-description" as="xs:string">
    <xsl:param name="types" as="xs:string*"/>
    <xsl:param name="list" as="xs:boolean"/>
    <xsl:variable name="dates" as="xs:string*" select="('date', 'gYear', 'gMonth', 'gDay', 'gYearMonth', 'gMonthDay', 'time', 'dateTime')"/>
    <xsl:variable name="words" as="map(xs:string, xs:string)" select="map {
      'anyURI': 'pointer (a URI: #id, register.xml#id or a URL)',
      'ID': 'identifier, unique in the file',
      'IDREF': 'reference to an identifier',
      'language': 'language tag (BCP 47, e.g. en, ru)',
      'nonNegativeInteger': 'whole number',
      'positiveInteger': 'whole number above zero',
      'integer': 'whole number',
      'decimal': 'number',
      'boolean': 'true or false',
      'Name': 'XML name',
      'NCName': 'XML name without a colon',
      'NMTOKEN': 'single word',
      'token': 'word',
      'string': 'text'
    }"/>
    <xsl:variable name="articles" as="map(xs:string, xs:string)" select="map { 'text': 'any text', 'true or false': 'true or false' }"/>
    <xsl:variable name="kinds" as="xs:string*"
      select="distinct-values((if ($types = $dates) then 'date or time (ISO 8601 / W3C: ' || string-join($types[. = $dates], ', ') || ')' else (),
                               $types[not(. = $dates)] ! ($words(.), .)[1]))"/>
    <xsl:variable name="joined" as="xs:string" select="string-join($kinds, ' or ')"/>
    <xsl:variable name="one" as="xs:string"
      select="($articles($joined), (if (matches($joined, '^[aeiouAEIOU]')) then 'an ' else 'a ') || $joined)[1]"/>
    <xsl:sequence select="if ($list) then 'one or more, separated by spaces, each ' || $one else $one"/>
  </xsl:function>

  <!-- ===================================================================================================
       Examples
       =================================================================================================== -->

  <!-- Up to two examples of a declaration from the documents, each linked to the page it comes from. -->
  <xsl:template name="eg:examples" as="element(div)?">
    <xsl:param name="model" as="map(*)"/>
    <xsl:variable name="examples" as="element()*" select="eg:examples($model)"/>
    <xsl:if test="exists($examples)">
      <div class="examples">
        <p class="facet-label"><xsl:value-of select="if (count($examples) eq 1) then 'Example' else 'Examples'"/></p>
        <xsl:for-each select="$examples">
          <figure class="example">
            <pre class="xml-example"><code><xsl:sequence select="eg:highlight(eg:snippet(.))"/></code></pre>
            <figcaption>
              <xsl:text>From </xsl:text>
              <a href="{eg:example-href(.)}"><xsl:value-of select="editio:title(root(.))"/></a>
              <xsl:value-of select="eg:example-place(.)"/>
            </figcaption>
          </figure>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Where in its file an example stands: ", in the header", ", in the margin notes", …. -->
  <xsl:function name="eg:example-place" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/ancestor-or-self::tei:teiHeader) then ', in the header'
                          else if ($e/ancestor::tei:standOff) then ', among the annotations (standOff)'
                          else if (root($e) is $editio:register) then ''
                          else if (empty($e/ancestor::tei:text)) then ''
                          else ', in the text'"/>
  </xsl:function>

  <!-- The page that shows an example, with the nearest identified element as fragment: the register page,
       a document's page, or the page of its part ({id}{-}{div}.html, as SitePlan names them) in a file
       holding several documents. Elements of the header link to the page itself. -->
  <xsl:function name="eg:example-href" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="doc" as="document-node()" select="root($e)"/>
    <xsl:variable name="parts" as="element(tei:div)*" select="$doc//tei:text//tei:div[@type = 'document'][@xml:id]"/>
    <xsl:variable name="part" as="element(tei:div)?" select="$e/ancestor-or-self::tei:div[@type = 'document'][@xml:id][1][count($parts) gt 1]"/>
    <xsl:variable name="anchor" as="element()?" select="$e/ancestor-or-self::*[@xml:id][ancestor::tei:text or ancestor::tei:standOff][1][not(. is $part)]"/>
    <xsl:variable name="page" as="xs:string"
      select="if ($doc is $editio:register) then es:href('register-href', 'register.html')
              else encode-for-uri(editio:document-id($doc) || ($part ! ('--' || @xml:id))) || '.html'"/>
    <xsl:sequence select="editio:safe-url($page || $anchor ! ('#' || encode-for-uri(@xml:id)))"/>
  </xsl:function>

  <!-- An example as escaped XML text: the shortest fold (deeper elements as <x>…</x>) that fits the page,
       without the indentation of its first line. -->
  <xsl:function name="eg:snippet" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="indent" as="xs:string"
      select="string($e/preceding-sibling::node()[1][self::text()][matches(., '\n[ \t]*$')] ! replace(., '^.*\n', '', 's'))"/>
    <xsl:variable name="tries" as="xs:string*"
      select="for $depth in (99, 3, 2, 1, 0) return
              if ($indent eq '') then eg:xml($e, 0, $depth) else replace(eg:xml($e, 0, $depth), '&#10;' || $indent, '&#10;', 'q')"/>
    <xsl:sequence select="($tries[string-length(.) le $eg:snippet-chars][count(tokenize(., '&#10;')) le $eg:snippet-lines], $tries[last()])[1]"/>
  </xsl:function>

  <!-- A node as XML text, elements deeper than $max folded to <x …>…</x>, long texts cut, and a long run of
       element children cut after the fourth. Elements are named as in the source (TEI's default
       namespace needs no prefix); the root element of a file keeps its namespace declarations. -->
  <xsl:function name="eg:xml" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:choose>
      <xsl:when test="$n instance of element()">
        <xsl:variable name="start" as="xs:string"
          select="'&lt;' || name($n)
                  || string-join($n[empty(parent::*)]/namespace::*[name() ne 'xml'] ! (' xmlns' || (name()[. ne ''] ! (':' || .)) || '=&quot;' || eg:escape(string(.), true()) || '&quot;'))
                  || string-join($n/@* ! (' ' || name() || '=&quot;' || eg:escape(string(.), true()) || '&quot;'))"/>
        <xsl:sequence select="if (empty($n/node())) then $start || '/&gt;'
                              else if ($depth ge $max) then $start || '&gt;…&lt;/' || name($n) || '&gt;'
                              else $start || '&gt;' || eg:content($n, $depth, $max) || '&lt;/' || name($n) || '&gt;'"/>
      </xsl:when>
      <xsl:when test="$n instance of text()">
        <xsl:sequence select="eg:escape(if (string-length($n) le $eg:text-chars) then string($n)
                                        else replace(substring($n, 1, $eg:text-chars), '\s+\S*$', '') || ' …', false())"/>
      </xsl:when>
      <xsl:when test="$n instance of comment()">
        <xsl:sequence select="'&lt;!--' || string($n) || '--&gt;'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="''"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The content of an element as XML text; more than six element children without text between them:
       the first four, then a comment saying how many more. -->
  <xsl:function name="eg:content" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:variable name="elements" as="element()*" select="$e/*"/>
    <xsl:choose>
      <xsl:when test="count($elements) gt 6 and empty($e/text()[normalize-space() ne ''])">
        <xsl:variable name="cut" as="element()" select="$elements[5]"/>
        <xsl:sequence select="string-join($e/node()[. &lt;&lt; $cut] ! eg:xml(., $depth + 1, $max))
                              || '&lt;!-- … ' || count($elements) - 4 || ' more --&gt;'
                              || string-join($e/node()[last()][self::text()])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="string-join($e/node() ! eg:xml(., $depth + 1, $max))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Escapes text for XML: &amp; &lt; &gt;, and &quot; in attribute values. -->
  <xsl:function name="eg:escape" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="attribute" as="xs:boolean"/>
    <xsl:variable name="escaped" as="xs:string" select="replace(replace(replace($s, '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;')"/>
    <xsl:sequence select="if ($attribute) then replace($escaped, '&quot;', '&amp;quot;') else $escaped"/>
  </xsl:function>

  <!-- XML text with its markup in spans: tags (x-tag) and comments (x-comment); the text between them as
       it is. (One span per tag: the page is long, and every node slows browsers and checkers.) -->
  <xsl:function name="eg:highlight" as="node()*">
    <xsl:param name="xml" as="xs:string"/>
    <xsl:analyze-string select="$xml" regex="&lt;!--.*?--&gt;|&lt;[^&gt;]*&gt;" flags="s">
      <xsl:matching-substring>
        <xsl:choose>
          <xsl:when test="starts-with(., '&lt;!--')">
            <span class="x-comment"><xsl:value-of select="."/></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="x-tag"><xsl:value-of select="."/></span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- ===================================================================================================
       Elements the schema does not declare; the checks
       =================================================================================================== -->

  <!-- TEI elements the published documents use but the schema does not declare (only in lenient builds). -->
  <xsl:template name="eg:undeclared" as="element(section)?">
    <xsl:variable name="names" as="xs:string*" select="eg:undeclared()"/>
    <xsl:if test="exists($names)">
      <section class="element-family" id="undeclared" aria-labelledby="undeclared-heading">
        <h2 id="undeclared-heading" class="section-heading">Not in the schema</h2>
        <p>The published documents use these TEI elements, which the schema does not declare (they were published
          without being valid):</p>
        <ul class="element-links">
          <xsl:for-each select="$names">
            <li>
              <code><xsl:value-of select="."/></code>
              <xsl:text> </xsl:text>
              <xsl:call-template name="eg:usage">
                <xsl:with-param name="uses" select="eg:uses-of-name(current())"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The Schematron checks: code, severity, what the rule is about, its message, and the elements it
       concerns. -->
  <xsl:template name="eg:checks" as="element(section)?">
    <xsl:if test="exists($eg:checks)">
      <section class="element-family checks" id="checks" aria-labelledby="checks-heading">
        <h2 id="checks-heading" class="section-heading">What the edition checks</h2>
        <p class="prose">Besides the schema, every document is checked by these rules. A problem is reported with
          its code, e.g. <code>tei/letter.xml:12:5: error: … [pointer-unresolved]</code>; an error keeps the
          document from being published, a warning does not.</p>
        <dl class="check-list">
          <xsl:for-each select="$eg:checks">
            <xsl:variable name="check" as="map(*)" select="."/>
            <dt id="check-{?id}">
              <code><xsl:value-of select="?id"/></code>
              <span class="severity severity-{?role}"><xsl:value-of select="?role"/></span>
            </dt>
            <dd>
              <p class="check-title"><xsl:value-of select="?title"/></p>
              <xsl:variable name="message" as="node()*">
                <xsl:apply-templates select="?message/node()" mode="eg:message"/>
              </xsl:variable>
              <xsl:if test="matches(string-join($message ! string()), '\p{L}{3}')">
                <p class="check-message">
                  <span class="values-label">Message: </span>
                  <xsl:sequence select="$message"/>
                </p>
              </xsl:if>
              <xsl:variable name="concerned" as="xs:string*"
                select="distinct-values($eg:models[some $c in eg:checks-of(.) satisfies $c?id eq $check?id] ! ?name)"/>
              <xsl:if test="exists($concerned)">
                <div class="check-scope">
                  <span class="values-label">Concerns: </span>
                  <xsl:sequence select="eg:element-links($concerned)"/>
                </div>
              </xsl:if>
            </dd>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A check's message as a template: its text, with a placeholder for each computed part. -->
  <xsl:mode name="eg:message" on-no-match="text-only-copy"/>

  <!-- A computed part of the message (the value of an expression, a name): a placeholder. -->
  <xsl:template match="sch:value-of | sch:name" mode="eg:message" as="element(var)">
    <var class="placeholder">…</var>
  </xsl:template>

</xsl:stylesheet>
