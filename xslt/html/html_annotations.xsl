<?xml version="1.0" encoding="UTF-8"?>
<!--
  The margin notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one JSON-LD
  AnnotationPage per document, written next to the page as {id}.annotations.jsonld and linked from the
  page's head (rel="alternate") and its downloads. Each handwritten note is an Annotation with motivation
  "commenting", a TextualBody (the note as the page shows it, supplied words in brackets), the hand's
  person as creator, and one target per passage the note stands beside: the page with a fragment
  selector naming the passage's id. Addresses are absolute with site-url, else relative to the file.
  Mirrors nothing in fo/.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- Renders the text of a note for an annotation body: text, supplied words in brackets, no editorial remark. -->
  <xsl:mode name="ep:annotation-text" on-no-match="text-only-copy"/>

  <!-- The editor's remarks are not the hand's words. -->
  <xsl:template _match="{$editio:match('metadata-hidden')}" priority="0.5" mode="ep:annotation-text" as="empty-sequence()"/>

  <!-- Supplied words, in square brackets as on the page. -->
  <xsl:template _match="{$editio:match('supplied')}" priority="0.5" mode="ep:annotation-text" as="xs:string">
    <xsl:variable name="inner" as="xs:string*"><xsl:apply-templates mode="#current"/></xsl:variable>
    <xsl:sequence select="'[' || string-join($inner, '') || ']'"/>
  </xsl:template>

  <!-- The file name of the annotation page. -->
  <xsl:function name="ep:annotations-href" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ep:file-stem($n) || '.annotations.jsonld'"/>
  </xsl:function>

  <!-- The standoff margin notes of the document, in document order. -->
  <xsl:function name="ep:annotated-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)/tei:TEI/tei:standOff//tei:note[editio:behaviour(.) = 'note-margin']"/>
  </xsl:function>

  <!-- One Annotation. -->
  <xsl:function name="ep:annotation" as="map(*)">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="page" as="xs:string" select="ep:absolute(ep:page-href($note))"/>
    <xsl:variable name="text" as="xs:string*"><xsl:apply-templates select="$note/node()" mode="ep:annotation-text"/></xsl:variable>
    <xsl:variable name="hand" as="xs:string?" select="editio:note-hand($note)"/>
    <xsl:variable name="hand-id" as="xs:string?" select="editio:note-hand-id($note)"/>
    <xsl:variable name="register" as="xs:string?" select="ep:config-href('register-href')"/>
    <xsl:variable name="targets" as="element()*" select="editio:note-targets($note)"/>
    <xsl:sequence select="map:merge((
        map { 'id': ep:absolute(ep:annotations-href($note)) || '#' || ep:note-id($note),
              'type': 'Annotation',
              'motivation': 'commenting',
              'body': map:merge((
                  map { 'type': 'TextualBody', 'format': 'text/plain', 'value': normalize-space(string-join($text, '')) },
                  map { 'language': (string($note/@xml:lang)[. ne ''], editio:language($note))[1] })) },
        (if ($hand) then map { 'creator': map:merge((
            map { 'type': 'Person', 'name': $hand },
            (if ($hand-id and $register) then map { 'id': ep:absolute($register || '#' || $hand-id) } else ()))) } else ()),
        map { 'target': array {
            if (exists($targets)) then
              for $t in $targets return map {
                'type': 'SpecificResource', 'source': $page,
                'selector': map { 'type': 'FragmentSelector', 'conformsTo': 'http://tools.ietf.org/rfc/rfc3987', 'value': string($t/@xml:id) } }
            else $page } }
      ))"/>
  </xsl:function>

  <!-- The AnnotationPage of a document. -->
  <xsl:function name="ep:annotation-page" as="map(*)">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="map {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        'id': ep:absolute(ep:annotations-href($n)),
        'type': 'AnnotationPage',
        'label': 'Margin notes of ' || editio:title($n),
        'items': array { ep:annotated-notes($n) ! ep:annotation(.) } }"/>
  </xsl:function>

  <!-- The link in the head, when the document has margin notes. -->
  <xsl:template name="ep:annotations-link" as="element(link)?">
    <xsl:if test="exists(ep:annotated-notes(.))">
      <link rel="alternate" type="application/ld+json" href="{ep:annotations-href(.)}" title="Margin notes as W3C Web Annotations"/>
    </xsl:if>
  </xsl:template>

  <!-- The file, when the document has margin notes. -->
  <xsl:template name="ep:annotations-file" as="empty-sequence()">
    <xsl:if test="exists(ep:annotated-notes(.))">
      <xsl:result-document href="{ep:annotations-href(.)}" method="text" encoding="UTF-8">
        <xsl:value-of select="ep:json(ep:annotation-page(.), true())"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
