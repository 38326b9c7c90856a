<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_register.xsl (mirrors html/html_register.xsl): the register document (is-register = 'true') as a
  PDF: title, edition, the register's source description, then one section per list (persons, places,
  organisations) with each entry's regularised name and its variants. Entries carry 'tei-' + @xml:id as
  FO id, so PDF links into the register can use the same ids as the HTML fragments.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- Renders the register page content, from its TEI root down to its lists and entries. -->
  <xsl:mode name="efo:register" on-no-match="fail"/>

  <!-- Renders one PDF outline entry per register list; anything else in the body is skipped. -->
  <xsl:mode name="efo:register-bookmark" on-no-match="deep-skip"/>

  <!-- The heading of a register list, by its behaviour's element. -->
  <xsl:function name="efo:register-list-title" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="($list/tei:head/normalize-space(),
                           map { 'listPerson': 'Persons', 'listPlace': 'Places', 'listOrg': 'Organisations' }(local-name($list)),
                           local-name($list))[. ne ''][1]"/>
  </xsl:function>

  <!-- The FO id of a register list section (its xml:id, else by position among the body's children). -->
  <xsl:function name="efo:register-list-id" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="(efo:id($list), 'efo-list-' || count($list/preceding-sibling::*) + 1)[1]"/>
  </xsl:function>

  <!-- The register from its TEI root: edition line, title, source description, licence, then its lists. -->
  <xsl:template match="tei:TEI" mode="efo:register" as="element(fo:block)+">
    <fo:block font-family="Liberation Sans" font-size="8pt" color="#444444" space-after="3mm">
      <xsl:value-of select="string-join((editio:config('edition-title'),
                                          editio:config('edition-version')[. ne ''] ! ('version ' || .)), ' · ')"/>
    </fo:block>
    <fo:block font-size="18pt" font-weight="bold" line-height="1.2" space-after="3mm">
      <xsl:value-of select="editio:title(.)"/>
    </fo:block>
    <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:p">
      <fo:block font-size="9.5pt" text-align="justify" space-after="2mm"><xsl:apply-templates mode="efo:inline"/></fo:block>
    </xsl:for-each>
    <xsl:for-each select="editio:licence(.)[?text ne '']">
      <fo:block font-size="9pt" space-after="4mm">
        <fo:inline font-family="Liberation Sans" font-size="7.5pt" font-weight="bold" color="#555555">Licence </fo:inline>
        <xsl:value-of select="?text"/>
        <xsl:if test="?url ne ''">
          <xsl:text> </xsl:text>
          <xsl:sequence select="efo:url-link(?url)"/>
        </xsl:if>
      </fo:block>
    </xsl:for-each>
    <fo:block>
      <xsl:apply-templates select="tei:text/tei:body/*" mode="efo:register"/>
    </fo:block>
  </xsl:template>

  <!-- A register list: a heading and its entries. -->
  <xsl:template match="*[editio:behaviour(.) = 'register-list']" mode="efo:register" as="element(fo:block)">
    <fo:block id="{efo:register-list-id(.)}" space-before="5mm">
      <fo:block font-family="Liberation Sans" font-weight="bold" font-size="11pt" space-after="2mm"
        keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
        border-after-color="#888888">
        <xsl:value-of select="efo:register-list-title(.)"/>
      </fo:block>
      <xsl:apply-templates select="*[not(self::tei:head)]" mode="efo:register"/>
    </fo:block>
  </xsl:template>

  <!-- A register entry: the regularised name in bold, variants after it. -->
  <xsl:template match="*[editio:behaviour(.) = 'register-entry']" mode="efo:register" as="element(fo:block)">
    <fo:block space-after="2pt" keep-together.within-page="always">
      <xsl:sequence select="efo:id-attr(.)"/>
      <fo:inline font-weight="bold"><xsl:value-of select="editio:entry-name(.)"/></fo:inline>
      <xsl:for-each select="editio:entry-variants(.)[. ne '']">
        <xsl:value-of select="(if (position() eq 1) then ' (also: ' else ', ') || . || (if (position() eq last()) then ')' else '')"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- Anything else in the register body: rendered generically as a block of the text. -->
  <xsl:template match="*" mode="efo:register" as="element()*">
    <xsl:apply-templates select="." mode="efo:block"/>
  </xsl:template>

  <!-- A register list in the PDF outline: its title, pointing to its section. -->
  <xsl:template match="*[editio:behaviour(.) = 'register-list']" mode="efo:register-bookmark" as="element(fo:bookmark)">
    <fo:bookmark internal-destination="{efo:register-list-id(.)}">
      <fo:bookmark-title><xsl:value-of select="efo:register-list-title(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

</xsl:stylesheet>
