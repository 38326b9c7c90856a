<?xml version="1.0" encoding="UTF-8"?>
<!--
  The register page (mirrors fo/fo_register.xsl): the register's body (listPerson, listPlace, listOrg) as
  sections Persons, Places, Organisations; each entry carries its xml:id as HTML id, so that the
  {register-href}#ID links of the documents land on it. (Mentions across documents: a later issue.)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- Section headings of the register lists, by list element. -->
  <xsl:function name="ep:register-heading" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="(normalize-space($list/tei:head[1])[. ne ''],
                           if ($list/self::tei:listPerson) then 'Persons'
                           else if ($list/self::tei:listPlace) then 'Places'
                           else 'Organisations')[1]"/>
  </xsl:function>

  <!-- The register page. Context: the document node of the register. -->
  <xsl:template name="ep:register-page" as="element(article)">
    <article class="register" aria-labelledby="document-title">
      <header class="document-header">
        <h1 id="document-title"><xsl:value-of select="editio:title(.)"/></h1>
        <xsl:for-each select="tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:p">
          <p class="lead"><xsl:apply-templates mode="editio:text"/></p>
        </xsl:for-each>
      </header>
      <xsl:variable name="lists" as="element()*" select="tei:TEI/tei:text/tei:body/*[editio:behaviour(.) = 'register-list']"/>
      <xsl:if test="count($lists) gt 1">
        <nav class="register-toc" aria-label="Register sections">
          <ul>
            <xsl:for-each select="$lists">
              <li><a href="#{ep:register-section-id(.)}"><xsl:value-of select="ep:register-heading(.)"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
      </xsl:if>
      <xsl:apply-templates select="tei:TEI/tei:text" mode="editio:text"/>
      <xsl:call-template name="ep:register-colophon"/>
    </article>
  </xsl:template>

  <!-- The HTML id of a register section: its @xml:id, else 'persons' / 'places' / 'organisations' (+ position). -->
  <xsl:function name="ep:register-section-id" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:variable name="same" as="element()*" select="$list/preceding-sibling::*[node-name() eq node-name($list)]"/>
    <xsl:sequence select="if ($list/@xml:id) then string($list/@xml:id)
                          else 'section-' || lower-case(ep:register-heading($list)) || (if ($same) then '-' || count($same) + 1 else '')"/>
  </xsl:function>

  <!-- register-list: a section with its heading and the entries, in source order. -->
  <xsl:template match="*[editio:behaviour(.) = 'register-list']" mode="editio:text" priority="2" as="element(section)">
    <section class="register-section tei-{local-name()}" id="{ep:register-section-id(.)}">
      <h2 class="section-heading"><xsl:value-of select="ep:register-heading(.)"/></h2>
      <ul class="register-entries">
        <xsl:apply-templates select="* except tei:head" mode="#current"/>
      </ul>
    </section>
  </xsl:template>

  <!-- register-entry: id, regularised name, variant names; other content (notes, etc.) rendered after. -->
  <xsl:template match="*[editio:behaviour(.) = 'register-entry']" mode="editio:text" priority="2" as="element(li)">
    <xsl:variable name="variants" as="xs:string*" select="editio:entry-variants(.)"/>
    <li class="register-entry tei-{local-name()}">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id" select="@xml:id"/>
      </xsl:if>
      <span class="entry-name"><xsl:value-of select="editio:entry-name(.)"/></span>
      <xsl:if test="exists($variants)">
        <span class="entry-variants">
          <xsl:value-of select="' also ' || string-join($variants, '; ')"/>
        </span>
      </xsl:if>
      <xsl:apply-templates select="* except (tei:persName | tei:placeName | tei:orgName | tei:name)" mode="#current"/>
    </li>
  </xsl:template>

  <!-- The register's licence and edition statement, below the lists. -->
  <xsl:template name="ep:register-colophon" as="element(footer)?">
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="editio:licence(.)"/>
    <xsl:variable name="edition" as="map(xs:string, xs:string)?" select="editio:edition(.)"/>
    <xsl:if test="exists($licence) or exists($edition)">
      <footer class="colophon">
        <xsl:if test="exists($edition)"><p><xsl:value-of select="$edition?text"/></p></xsl:if>
        <xsl:if test="exists($licence)">
          <p>
            <xsl:value-of select="'Licence: ' || $licence?text"/>
            <xsl:if test="$licence?url ne ''">
              <xsl:text> </xsl:text>
              <a href="{$licence?url}" class="url"><xsl:value-of select="$licence?url"/></a>
            </xsl:if>
          </p>
        </xsl:if>
        <xsl:call-template name="ep:downloads"/>
      </footer>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
