<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus, for both outputs: app/lem/rdg in the text with @wit pointing to
  sourceDesc/listWit/witness. Each app is one entry of the apparatus series (numbered in document order,
  separate from the editorial notes and the margin notes); the lemma (else the first reading) stands in
  the text, every reading is listed with the sigla of its witnesses.
  A witness's siglum is its @n, else the abbreviation its description gives (choice/abbr, e.g. "A"),
  else its @xml:id: nothing is made up.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The apparatus entries of a document (app in the text, not nested in another app), in document order. -->
  <xsl:function name="editio:apparatus-entries" as="element(tei:app)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)//tei:text//tei:app[not(ancestor::tei:app)]"/>
  </xsl:function>

  <!-- The number of an apparatus entry in its series (1, 2, …). -->
  <xsl:function name="editio:apparatus-number" as="xs:integer">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="count($app/preceding::tei:app[ancestor::tei:text][not(ancestor::tei:app)]) + 1"/>
  </xsl:function>

  <!-- The label of an apparatus entry: its number in lower-case roman numerals (i, ii, iii …), so that it
       is told apart from the editorial notes (1, 2 …) and the margin notes (a, b …). -->
  <xsl:function name="editio:apparatus-label" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:number value="editio:apparatus-number($app)" format="i"/>
  </xsl:function>

  <!-- The reading that stands in the text: the lemma, else the first reading. -->
  <xsl:function name="editio:apparatus-text-reading" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/tei:lem, $app/tei:rdg)[1]"/>
  </xsl:function>

  <!-- The witnesses a reading's @wit points to (#id in the same document), in the order given. -->
  <xsl:function name="editio:reading-witnesses" as="element(tei:witness)*">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="root" as="node()" select="root($reading)"/>
    <xsl:sequence select="for $t in tokenize(normalize-space($reading/@wit), ' ')[starts-with(., '#')]
                          return ($root//tei:witness[@xml:id = substring($t, 2)])[1]"/>
  </xsl:function>

  <!-- The siglum of a witness: @n, else the abbreviation of its description, else its @xml:id. -->
  <xsl:function name="editio:siglum" as="xs:string">
    <xsl:param name="witness" as="element(tei:witness)"/>
    <xsl:sequence select="(normalize-space($witness/@n), normalize-space(($witness//tei:abbr)[1]), string($witness/@xml:id))[. ne ''][1]"/>
  </xsl:function>

  <!-- The description of a witness in words (its expansion, else its text without the siglum). -->
  <xsl:function name="editio:witness-description" as="xs:string">
    <xsl:param name="witness" as="element(tei:witness)"/>
    <xsl:sequence select="normalize-space(string-join($witness//text()[not(ancestor::tei:abbr)], ''))"/>
  </xsl:function>

  <!-- The sigla of a reading's witnesses; @wit tokens that resolve to no witness are kept as written (without '#'). -->
  <xsl:function name="editio:reading-sigla" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="root" as="node()" select="root($reading)"/>
    <xsl:sequence select="for $t in tokenize(normalize-space($reading/@wit), ' ')
                          return let $w := ($root//tei:witness[@xml:id = substring-after($t, '#')])[1]
                          return if (exists($w)) then editio:siglum($w) else replace($t, '\A#', '', ';j')"/>
  </xsl:function>

  <!-- The witness list of the document (sourceDesc/listWit/witness). -->
  <xsl:function name="editio:witnesses" as="element(tei:witness)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)//tei:teiHeader//tei:listWit/tei:witness"/>
  </xsl:function>

</xsl:stylesheet>
