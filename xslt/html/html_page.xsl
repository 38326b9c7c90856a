<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of one TEI document (mirrors fo/fo_page.xsl): <html> with language, site chrome, the document
  header, the metadata panel (html_metadata.xsl), the text (html_text.xsl) with its margin notes
  (html_notes.xsl) and the notes section. The register is published through the same entry and gets the
  register layout (html_register.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The unnamed mode only starts the page from the document node; everything else is in named modes. -->
  <xsl:mode on-no-match="shallow-skip"/>

  <!-- Source indentation in element-only TEI containers is not text (mixed-content elements keep theirs). -->
  <xsl:strip-space elements="tei:TEI tei:text tei:body tei:front tei:back tei:div tei:list tei:opener tei:closer
                             tei:standOff tei:listAnnotation tei:listPerson tei:listPlace tei:listOrg tei:person
                             tei:place tei:org tei:choice"/>

  <!-- True when the input is the register: by configuration, or because its body holds register lists. -->
  <xsl:function name="ep:is-register" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="editio:is-register-config()
                          or exists(root($n)//tei:text/tei:body/(tei:listPerson | tei:listPlace | tei:listOrg))"/>
  </xsl:function>

  <!-- The whole page. -->
  <xsl:template match="/" as="document-node()">
    <xsl:variable name="is-register" as="xs:boolean" select="ep:is-register(.)"/>
    <xsl:document>
      <html lang="{editio:language(.)}">
        <xsl:call-template name="ep:head">
          <xsl:with-param name="title" select="editio:title(.)"/>
          <xsl:with-param name="description" select="editio:summary-text(.)[. ne '']"/>
        </xsl:call-template>
        <body class="{if ($is-register) then 'page-register' else 'page-document'}">
          <xsl:call-template name="ep:site-header">
            <xsl:with-param name="current" select="if ($is-register) then 'register' else ''"/>
          </xsl:call-template>
          <main id="main">
            <xsl:choose>
              <xsl:when test="$is-register">
                <xsl:call-template name="ep:register-page"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="ep:document-page"/>
              </xsl:otherwise>
            </xsl:choose>
          </main>
          <xsl:call-template name="ep:site-footer"/>
        </body>
      </html>
    </xsl:document>
  </xsl:template>

  <!-- A document: its header, the metadata panel, the text, the notes. Context: the document node. -->
  <xsl:template name="ep:document-page" as="element(article)">
    <article class="document" aria-labelledby="document-title">
      <header class="document-header">
        <xsl:if test="editio:document-type(.)">
          <p class="document-kind"><xsl:value-of select="editio:document-type(.)"/></p>
        </xsl:if>
        <h1 id="document-title"><xsl:value-of select="editio:title(.)"/></h1>
        <xsl:if test="editio:subtitle(.)">
          <p class="subtitle"><xsl:value-of select="editio:subtitle(.)"/></p>
        </xsl:if>
      </header>
      <xsl:call-template name="ep:metadata-panel"/>
      <section class="edition-text" aria-labelledby="text-heading">
        <h2 id="text-heading" class="section-heading">Text</h2>
        <xsl:call-template name="ep:top-notes"/>
        <xsl:apply-templates select="tei:TEI/tei:text" mode="editio:text"/>
      </section>
      <xsl:call-template name="ep:notes-section"/>
    </article>
  </xsl:template>

</xsl:stylesheet>
