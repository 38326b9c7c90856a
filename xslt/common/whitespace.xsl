<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which whitespace the page and the PDF do not read as text: the source's indentation in element-only TEI
  containers (mixed-content elements keep theirs). Included by html.xsl and fo.xsl, so that both read the
  same tree. Editio builds each document's tree without this whitespace, with the rule of the stylesheet
  that will read it (org.editio.xml.Whitespace): Saxon then reads the tree as it is, instead of through a
  stripping view of every node. index.xsl strips nothing: the guidelines page copies its examples from
  trees parsed with every text node (GuidelinesPage).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0">

  <xsl:strip-space elements="tei:TEI tei:text tei:body tei:front tei:back tei:div tei:list tei:opener tei:closer
                             tei:standOff tei:listAnnotation tei:listPerson tei:listPlace tei:listOrg tei:person
                             tei:place tei:org tei:choice tei:app tei:listWit"/>

</xsl:stylesheet>
