<?xml version="1.0" encoding="UTF-8"?>
<!--
  Citing a document page: the "How to cite" section (Chicago-style text, BibTeX, CSL-JSON, each copyable),
  the same BibTeX and CSL-JSON as files next to the page ({id}.bib, {id}.csl.json; the page of one document
  of a volume cites that document, in its volume: {volume}, two hyphens, {part}.bib), and the metadata that
  reference managers read from the <head>: Highwire citation_* tags, Dublin Core, schema.org JSON-LD.
  Everything comes from the TEI header (common/metadata.xsl) and the configuration; a field the header
  does not give is left out, never guessed. JSON is built as XDM maps and arrays and written by the JSON
  serialiser; BibTeX values are escaped character by character. Mirrors nothing in fo/ (the PDF keeps
  the short editio:how-to-cite line).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- ===== addresses ===== -->

  <!-- The page's own file name: config page-href, else {id}.html. -->
  <xsl:function name="ep:page-href" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(editio:safe-url(editio:config('page-href')), ep:file-stem($n) || '.html')[. ne ''][1]"/>
  </xsl:function>

  <!-- The stem of the page's secondary files: config id (else the document id), reduced to safe characters. -->
  <xsl:function name="ep:file-stem" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="replace((editio:config('id')[. ne ''], editio:document-id($n))[1], '[^A-Za-z0-9._-]', '-', ';j')"/>
  </xsl:function>

  <!-- The page cited: on the page of one document of a volume (config part), that document, else the file
       (worked out once per page). -->
  <xsl:variable name="ep:cites-part" as="xs:boolean" select="editio:config('part') ne ''"/>

  <!-- The stem of the citation files: the page's own file name on a volume's document page (volume id, two hyphens, part id),
       else ep:file-stem. -->
  <xsl:function name="ep:cite-stem" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="if ($ep:cites-part)
                          then replace(replace(ep:page-href($n), '\.html\z', '', ';j'), '[^A-Za-z0-9._-]', '-', ';j')
                          else ep:file-stem($n)"/>
  </xsl:function>

  <!-- The title cited: a volume's document by its heading (ep:page-title), else the document's title. -->
  <xsl:function name="ep:cite-title" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:page-title($n)"/>
  </xsl:function>

  <!-- The identifier cited: the page's stem for a volume's document, else the document's id. -->
  <xsl:function name="ep:cite-id" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="if ($ep:cites-part) then ep:cite-stem($n) else editio:document-id($n)"/>
  </xsl:function>

  <!-- The volume a cited document belongs to (its file's title), or (). -->
  <xsl:function name="ep:cite-volume" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="if ($ep:cites-part) then editio:title($n) else ()"/>
  </xsl:function>

  <!-- The number of a cited document in its volume (the part's @n: FRUS's "Document 5"), or (). -->
  <xsl:function name="ep:cite-number" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="if ($ep:cites-part) then editio:document-number(ep:text-root($n)) else ()"/>
  </xsl:function>

  <!-- The site's absolute base URL (config site-url, http or https only, ending in '/'), or ''. Worked out once
       per page: the citation asks for it some twenty times. -->
  <xsl:variable name="ep:site-url" as="xs:string"
    select="let $u := string(editio:safe-url(editio:config('site-url')))
            return if (matches($u, '\Ahttps?://[^/]+', 'iu;j')) then replace($u, '([^/])\z', '$1/', ';j') else ''"/>

  <!-- A relative href made absolute against site-url; unchanged when there is no site-url. -->
  <xsl:function name="ep:absolute" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="if ($ep:site-url ne '' and $href ne '') then string(resolve-uri($href, $ep:site-url)) else $href"/>
  </xsl:function>

  <!-- The public URL of the page: absolute with site-url, else () (a citation needs an address that works). -->
  <xsl:function name="ep:public-url" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="if ($ep:site-url ne '') then ep:absolute(ep:page-href($n)) else ()"/>
  </xsl:function>

  <!-- ===== the citation data, once ===== -->

  <!-- A person or organisation of the header as a name string. -->
  <xsl:function name="ep:agent-names" as="xs:string*">
    <xsl:param name="agents" as="element()*"/>
    <xsl:sequence select="$agents ! normalize-space(.)[. ne '']"/>
  </xsl:function>

  <!-- The year of an ISO date, or (). -->
  <xsl:function name="ep:year" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="replace($iso, '\A(\p{Nd}{4})[^\n\r]*\z', '$1', ';j')[matches($iso, '\A\p{Nd}{4}', ';j')]"/>
  </xsl:function>

  <!-- The edition statement for citations: 'Editio sample edition, version 0.1.0' (config, else header). -->
  <xsl:function name="ep:edition-label" as="xs:string?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="title" as="xs:string" select="(editio:config('edition-title')[. ne ''], editio:edition($n)?text)[1]"/>
    <xsl:variable name="version" as="xs:string" select="(editio:config('edition-version')[. ne ''], editio:edition($n)?version, '')[1]"/>
    <xsl:sequence select="(if ($version ne '' and not(contains($title, $version))) then $title || ', version ' || $version else $title)[. ne '']"/>
  </xsl:function>

  <!-- The document as CSL-JSON (one item): type letter when the header names correspondents, else manuscript. -->
  <xsl:function name="ep:csl" as="map(*)">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="date" as="xs:string?" select="editio:date($n)"/>
    <xsl:variable name="src" as="map(xs:string, xs:string)?" select="editio:digital-source($n)"/>
    <xsl:variable name="archive" as="map(xs:string, xs:string)?" select="editio:archival-sources($n)[1]"/>
    <xsl:variable name="entries" as="map(*)*" select="(
        map { 'id': ep:cite-stem($n) },
        map { 'type': if (exists(editio:senders($n)) or exists(editio:recipients($n))) then 'letter' else 'manuscript' },
        map { 'title': ep:cite-title($n) },
        ep:csl-names('author', editio:senders($n)),
        ep:csl-names('recipient', editio:recipients($n)),
        (if (matches(string($date), '\A\p{Nd}{4}(-\p{Nd}{2}(-\p{Nd}{2})?)?\z', ';j'))
         then map { 'issued': map { 'date-parts': [ array { tokenize($date, '-') ! xs:integer(.) } ] } } else ()),
        editio:document-type($n) ! map { 'genre': . },
        (if ($ep:cites-part) then (ep:cite-volume($n) ! map { 'container-title': . }, ep:edition-label($n) ! map { 'collection-title': . })
         else ep:edition-label($n) ! map { 'container-title': . }),
        ep:cite-number($n) ! map { 'number': . },
        editio:config('edition-version')[. ne ''] ! map { 'version': . },
        editio:publisher($n) ! map { 'publisher': . },
        ep:public-url($n) ! map { 'URL': . },
        (if ($archive?repository ne '') then map { 'archive': $archive?repository } else ()),
        (if ($archive?idno ne '') then map { 'archive_location': $archive?idno } else ()),
        (if ($src?citation ne '') then map { 'source': $src?citation } else if ($src?title ne '') then map { 'source': $src?title } else ()),
        map { 'language': editio:language($n) },
        (editio:summary-text($n)[. ne ''] ! map { 'abstract': . })
      )"/>
    <xsl:sequence select="map:merge($entries)"/>
  </xsl:function>

  <!-- A CSL name list: {"literal": "…"} for each name (the header gives names as written, not split). -->
  <xsl:function name="ep:csl-names" as="map(*)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="agents" as="element()*"/>
    <xsl:variable name="names" as="xs:string*" select="ep:agent-names($agents)"/>
    <xsl:sequence select="if (exists($names)) then map { $key: array { $names ! map { 'literal': . } } } else ()"/>
  </xsl:function>

  <!-- A value escaped for BibTeX: the special characters of TeX get their control sequences (a value
       without any, as most are, is returned as it is, without going through it character by character). -->
  <xsl:function name="ep:bibtex-escape" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="map" as="map(xs:string, xs:string)"
      select="map { '\': '\textbackslash{}', '{': '\{', '}': '\}', '%': '\%', '&amp;': '\&amp;', '$': '\$', '#': '\#',
                    '_': '\_', '~': '\textasciitilde{}', '^': '\textasciicircum{}' }"/>
    <xsl:variable name="t" as="xs:string" select="normalize-space($s)"/>
    <xsl:sequence select="if (not(matches($t, '[\\{}%&amp;$#_~^]', ';j'))) then $t
                          else string-join(for $c in string-to-codepoints($t) ! codepoints-to-string(.)
                                      return ($map($c), $c)[1], '')"/>
  </xsl:function>

  <!-- The document as a BibTeX @misc entry (biblatex fields date and version as well); $csl is its
       ep:csl. -->
  <xsl:function name="ep:bibtex" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="csl" as="map(*)"/>
    <xsl:variable name="date" as="xs:string?" select="editio:date($n)"/>
    <xsl:variable name="fields" as="xs:string*" select="(
        (if (exists(editio:senders($n))) then 'author = {' || string-join(ep:agent-names(editio:senders($n)) ! ('{' || ep:bibtex-escape(.) || '}'), ' and ') || '}' else ()),
        'title = {{' || ep:bibtex-escape(ep:cite-title($n)) || '}}',
        $date[matches(., '\A\p{Nd}{4}(-\p{Nd}{2}(-\p{Nd}{2})?)?\z', ';j')] ! ('date = {' || . || '}'),
        ep:year($date) ! ('year = {' || . || '}'),
        string-join((ep:cite-volume($n), ep:edition-label($n)), ', ')[. ne ''] ! ('howpublished = {' || ep:bibtex-escape(.) || '}'),
        ep:cite-number($n) ! ('number = {' || ep:bibtex-escape(.) || '}'),
        editio:config('edition-version')[. ne ''] ! ('version = {' || ep:bibtex-escape(.) || '}'),
        editio:publisher($n) ! ('publisher = {' || ep:bibtex-escape(.) || '}'),
        ep:public-url($n) ! ('url = {' || ep:bibtex-escape(.) || '}'),
        (if (exists(editio:recipients($n))) then 'note = {' || ep:bibtex-escape(string-join(('To ' || string-join(ep:agent-names(editio:recipients($n)), ', '), $csl?source ! ('Source: ' || .)), '. ')) || '}'
         else $csl?source ! ('note = {' || ep:bibtex-escape('Source: ' || .) || '}')),
        'langid = {' || ep:bibtex-escape(editio:language($n)) || '}'
      )"/>
    <xsl:sequence select="'@misc{' || ep:cite-stem($n) || ',&#10;' || string-join($fields ! ('  ' || .), ',&#10;') || '&#10;}&#10;'"/>
  </xsl:function>

  <!-- JSON text by the JSON serialiser ('/' left unescaped: the addresses stay readable). -->
  <xsl:function name="ep:json" as="xs:string">
    <xsl:param name="data" as="item()"/>
    <xsl:param name="indent" as="xs:boolean"/>
    <xsl:sequence select="serialize($data, map { 'method': 'json', 'indent': $indent, 'escape-solidus': false() })"/>
  </xsl:function>

  <!-- The CSL-JSON file: an array holding the one item ($csl, ep:csl), serialised with indentation. -->
  <xsl:function name="ep:csl-json" as="xs:string">
    <xsl:param name="csl" as="map(*)"/>
    <xsl:sequence select="ep:json([ $csl ], true())"/>
  </xsl:function>

  <!-- The BibTeX and CSL-JSON texts of the document being transformed (the global context item), worked
       out once for the How to cite section and the files next to the page. -->
  <xsl:variable name="ep:citation-texts" as="map(xs:string, xs:string)"
    select="let $csl := ep:csl(/) return map { 'bibtex': ep:bibtex(/, $csl), 'csl-json': ep:csl-json($csl) }"/>

  <!-- ===== in the head ===== -->

  <!-- A <meta name content> for each value that is not empty of each [name, values] pair, written to the page
       (a function would build each as a tree of its own, to be copied). -->
  <xsl:template name="ep:meta" as="element(meta)*">
    <xsl:param name="pairs" as="array(*)*"/>
    <xsl:for-each select="$pairs">
      <xsl:variable name="name" as="xs:string" select="?1"/>
      <xsl:for-each select="?2[normalize-space(.) ne '']">
        <meta name="{$name}" content="{normalize-space(.)}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- Highwire Press citation_* tags (Google Scholar, Zotero), Dublin Core, canonical link, schema.org JSON-LD. -->
  <xsl:template name="ep:citation-head" as="node()*">
    <xsl:variable name="date" as="xs:string?" select="editio:date(.)"/>
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="editio:licence(.)"/>
    <xsl:variable name="src" as="map(xs:string, xs:string)?" select="editio:digital-source(.)"/>
    <xsl:variable name="pdf" as="xs:string?" select="ep:config-href('pdf-href')"/>
    <xsl:call-template name="ep:meta">
      <xsl:with-param name="pairs" select="['citation_title', ep:cite-title(.)],
                      ['citation_inbook_title', ep:cite-volume(.)],
                      ['citation_author', ep:agent-names(editio:senders(.))],
                      ['citation_date', translate(string($date), '-', '/')],
                      ['citation_publication_date', translate(string($date), '-', '/')],
                      ['citation_online_date', translate(editio:config('edition-date'), '-', '/')],
                      ['citation_publisher', editio:publisher(.)],
                      ['citation_language', editio:language(.)],
                      ['citation_pdf_url', $pdf ! ep:absolute(.)],
                      ['citation_public_url', ep:public-url(.)],
                      ['citation_abstract_html_url', ep:public-url(.)]"/>
    </xsl:call-template>
    <!-- No <link rel="schema.DC" href="http://purl.org/…">: the page links nothing on other hosts, and
         readers of DC.* meta (Zotero, Mendeley) do not need the declaration. -->
    <xsl:call-template name="ep:meta">
      <xsl:with-param name="pairs" select="['DC.title', ep:cite-title(.)],
                      ['DC.relation.isPartOf', ep:cite-volume(.)],
                      ['DC.creator', ep:agent-names(editio:senders(.))],
                      ['DC.date', $date],
                      ['DC.language', editio:language(.)],
                      ['DC.type', ('Text', editio:document-type(.))],
                      ['DC.publisher', editio:publisher(.)],
                      ['DC.rights', ($licence?url[. ne ''], $licence?text)[1]],
                      ['DC.identifier', (ep:public-url(.), ep:cite-id(.))[1]],
                      ['DC.source', ($src?citation[. ne ''], string-join(($src?title, $src?publisher, $src?url)[. ne ''], ', '))[1]]"/>
    </xsl:call-template>
    <xsl:for-each select="ep:public-url(.)">
      <link rel="canonical" href="{.}"/>
    </xsl:for-each>
    <script type="application/ld+json">
      <xsl:value-of select="ep:json-for-script(ep:schema-org(.))"/>
    </script>
  </xsl:template>

  <!-- JSON text safe inside <script>: serialised by the JSON method, then every '<' (only possible inside
       strings) written as \u003c, so that no '</script' or comment opener can occur. -->
  <xsl:function name="ep:json-for-script" as="xs:string">
    <xsl:param name="data" as="item()"/>
    <xsl:sequence select="replace(ep:json($data, false()), '&lt;', '\\u003c', ';j')"/>
  </xsl:function>

  <!-- A schema.org agent: Person for a persName, Organization otherwise. -->
  <xsl:function name="ep:schema-agent" as="map(*)">
    <xsl:param name="agent" as="element()"/>
    <xsl:sequence select="map { '@type': if ($agent/self::tei:persName) then 'Person' else 'Organization', 'name': normalize-space($agent) }"/>
  </xsl:function>

  <!-- The document as schema.org: a Message (with sender and recipient) when the header names
       correspondents, else a CreativeWork; part of the edition; encodings are the PDF and the TEI. -->
  <xsl:function name="ep:schema-org" as="map(*)">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="date" as="xs:string?" select="editio:date($n)"/>
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="editio:licence($n)"/>
    <xsl:variable name="src" as="map(xs:string, xs:string)?" select="editio:digital-source($n)"/>
    <xsl:variable name="letter" as="xs:boolean" select="exists(editio:senders($n)) or exists(editio:recipients($n))"/>
    <xsl:variable name="downloads" as="map(*)*" select="(
        ep:config-href('pdf-href') ! map { '@type': 'MediaObject', 'encodingFormat': 'application/pdf', 'contentUrl': ep:absolute(.) },
        ep:config-href('tei-href') ! map { '@type': 'MediaObject', 'encodingFormat': 'application/tei+xml', 'contentUrl': ep:absolute(.) })"/>
    <xsl:sequence select="map:merge((
        map { '@context': 'https://schema.org', '@type': if ($letter) then 'Message' else 'CreativeWork' },
        ep:public-url($n) ! map { '@id': ., 'url': . },
        map { 'name': ep:cite-title($n), 'identifier': ep:cite-id($n),
              'inLanguage': editio:language($n) },
        editio:subtitle($n) ! map { 'alternativeHeadline': . },
        editio:document-type($n) ! map { 'genre': . },
        (if (exists(editio:senders($n))) then map { 'author': array { editio:senders($n) ! ep:schema-agent(.) },
                                                     'sender': array { editio:senders($n) ! ep:schema-agent(.) } } else ()),
        (if (exists(editio:recipients($n))) then map { 'recipient': array { editio:recipients($n) ! ep:schema-agent(.) } } else ()),
        $date ! map { 'dateCreated': . },
        (if ($letter) then $date ! map { 'dateSent': . } else ()),
        editio:summary-text($n)[. ne ''] ! map { 'abstract': . },
        editio:publisher($n) ! map { 'publisher': map { '@type': 'Organization', 'name': . } },
        (if ($licence?url ne '') then map { 'license': $licence?url } else ()),
        (if ($src?citation ne '' or $src?title ne '') then map { 'isBasedOn': map:merge((
            map { '@type': 'CreativeWork', 'name': ($src?citation[. ne ''], $src?title)[1] },
            (if ($src?url ne '') then map { 'url': $src?url } else ()))) } else ()),
        ep:edition-label($n) ! map { 'isPartOf': ep:schema-volume($n, map:merge((
            map { '@type': 'CreativeWork', 'name': (editio:config('edition-title')[. ne ''], .)[1] },
            editio:config('edition-version')[. ne ''] ! map { 'version': . },
            editio:config('edition-date')[. ne ''] ! map { 'datePublished': . },
            (if ($ep:site-url ne '') then map { 'url': $ep:site-url } else ())))) },
        editio:config('edition-version')[. ne ''] ! map { 'version': . },
        (if (exists($downloads)) then map { 'encoding': array { $downloads } } else ())
      ))"/>
  </xsl:function>

  <!-- What a cited page is part of: the edition, or for a volume's document its volume, part of the edition. -->
  <xsl:function name="ep:schema-volume" as="map(*)">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="edition" as="map(*)"/>
    <xsl:sequence select="if ($ep:cites-part)
                          then map { '@type': 'CreativeWork', 'name': ep:cite-volume($n), 'isPartOf': $edition }
                          else $edition"/>
  </xsl:function>

  <!-- ===== on the page ===== -->

  <!-- The Chicago-style citation as inline HTML (edition title in italics):
       'Shtykov to Vyshinsky, 7 February 1950. “Title.” In Edition, version 0.1.0. Publisher, 2026. URL.' -->
  <xsl:template name="ep:chicago" as="node()*">
    <xsl:variable name="from" as="xs:string" select="string-join(ep:agent-names(editio:senders(.)), ', ')"/>
    <xsl:variable name="to" as="xs:string" select="string-join(ep:agent-names(editio:recipients(.)), ', ')"/>
    <xsl:variable name="who" as="xs:string?"
      select="(if ($from ne '' and $to ne '') then $from || ' to ' || $to else ($from, $to)[. ne ''][1])"/>
    <xsl:variable name="year" as="xs:string?" select="ep:year(editio:config('edition-date'))"/>
    <xsl:value-of select="string-join(($who, editio:date-display(.)), ', ')[. ne ''] ! (. || '. ')"/>
    <!-- a heading that ends in a full stop ('No. 50. Mr. Baker to Mr. Gresham.') gets no second one -->
    <xsl:value-of select="'“' || replace(ep:cite-title(.), '\.\z', '', ';j') || '.” '"/>
    <xsl:variable name="number" as="xs:string?" select="ep:cite-number(.)"/>
    <xsl:for-each select="ep:cite-volume(.)">
      <xsl:text>In </xsl:text><cite><xsl:value-of select="."/></cite>
      <xsl:value-of select="$number ! (', document ' || .)"/><xsl:text>. </xsl:text>
    </xsl:for-each>
    <xsl:for-each select="ep:edition-label(.)">
      <xsl:value-of select="if ($ep:cites-part) then '' else 'In '"/><cite><xsl:value-of select="."/></cite><xsl:text>. </xsl:text>
    </xsl:for-each>
    <xsl:value-of select="string-join((editio:publisher(.), $year), ', ')[. ne ''] ! (. || '. ')"/>
    <xsl:for-each select="ep:public-url(.)">
      <a href="{.}" class="url"><xsl:value-of select="."/></a><xsl:text>.</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- The How to cite section: the three formats, each copyable (a copy button added by assets/editio.js;
       without JavaScript the text selects as a whole), and the .bib and .csl.json files. -->
  <xsl:template name="ep:cite-section" as="element(section)">
    <xsl:variable name="stem" as="xs:string" select="ep:cite-stem(.)"/>
    <section class="cite" id="cite" aria-labelledby="cite-heading" data-pagefind-ignore="">
      <h2 id="cite-heading" class="section-heading">How to cite</h2>
      <div class="cite-format">
        <h3 id="cite-chicago">Chicago</h3>
        <p class="citation copyable"><xsl:call-template name="ep:chicago"/></p>
      </div>
      <div class="cite-format">
        <h3 id="cite-bibtex">BibTeX</h3>
        <pre class="copyable" tabindex="0"><code><xsl:value-of select="$ep:citation-texts?bibtex"/></code></pre>
      </div>
      <div class="cite-format">
        <h3 id="cite-csl">CSL-JSON</h3>
        <pre class="copyable" tabindex="0"><code><xsl:value-of select="$ep:citation-texts?csl-json"/></code></pre>
      </div>
      <ul class="downloads cite-files" aria-label="Citation files">
        <li><a class="download" href="{$stem}.bib" type="application/x-bibtex" download="">BibTeX<span class="download-note"> file</span></a></li>
        <li><a class="download" href="{$stem}.csl.json" type="application/vnd.citationstyles.csl+json" download="">CSL-JSON<span class="download-note"> file</span></a></li>
      </ul>
    </section>
  </xsl:template>

  <!-- The citation files next to the page. -->
  <xsl:template name="ep:cite-files" as="empty-sequence()">
    <xsl:variable name="stem" as="xs:string" select="ep:cite-stem(.)"/>
    <xsl:result-document href="{$stem}.bib" method="text" encoding="UTF-8">
      <xsl:value-of select="$ep:citation-texts?bibtex"/>
    </xsl:result-document>
    <xsl:result-document href="{$stem}.csl.json" method="text" encoding="UTF-8">
      <xsl:value-of select="$ep:citation-texts?csl-json"/>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
