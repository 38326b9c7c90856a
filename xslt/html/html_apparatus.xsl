<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus in HTML (behaviour apparatus; data from common/apparatus.xsl). In the text: the
  lemma (else the first reading), marked, followed by the entry's roman numeral as a button that opens
  the readings in a popover (the HTML popover attribute: no JavaScript needed). After the text: the
  "Apparatus" section, its own series apart from the editorial notes, listing each entry with the
  witnesses' sigla and linking back to the lemma. The readings are rendered again (popover, list) with
  the tunnel parameter ep:copy, so that no @xml:id is written twice.
  FO counterpart: the apparatus template of fo/fo_text.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- Renders an app as its entry: readings with sigla (in the popover and in the Apparatus list). -->
  <xsl:mode name="ep:apparatus-readings" on-no-match="fail"/>

  <!-- The HTML ids of an entry: the lemma in the text, its popover, its line in the Apparatus list. -->
  <xsl:function name="ep:app-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="part" as="xs:string"/>
    <xsl:sequence select="'app-' || editio:apparatus-number($app) || (if ($part ne '') then '-' || $part else '')"/>
  </xsl:function>

  <!-- apparatus in the text: the marked lemma, the numeral opening the readings. -->
  <xsl:template _match="{$editio:match('apparatus')}" mode="editio:text" priority="2" as="element(span)">
    <xsl:variable name="shown" as="element()?" select="editio:apparatus-text-reading(.)"/>
    <xsl:variable name="label" as="xs:string" select="editio:apparatus-label(.)"/>
    <span>
      <xsl:call-template name="ep:common-attributes">
        <xsl:with-param name="class" select="'app'"/>
      </xsl:call-template>
      <span class="lemma" id="{ep:app-id(., '')}">
        <xsl:apply-templates select="$shown/node()" mode="editio:text"/>
      </span>
      <button type="button" class="app-ref" popovertarget="{ep:app-id(., 'readings')}"
        aria-label="Apparatus {$label}: variant readings" data-pagefind-ignore="">
        <xsl:value-of select="$label"/>
      </button>
      <span class="app-popover" id="{ep:app-id(., 'readings')}" popover="" data-pagefind-ignore="">
        <span class="app-popover-label">Apparatus <xsl:value-of select="$label"/>: </span>
        <xsl:apply-templates select="." mode="ep:apparatus-readings"/>
        <xsl:text> </xsl:text>
        <a class="app-popover-more" href="#{ep:app-id(., 'entry')}">in the apparatus</a>
      </span>
    </span>
  </xsl:template>

  <!-- The readings of an entry: 'train A ] air B' — the text's reading with its sigla, the bracket, the
       other readings each with theirs (an omission shown as 'om.'). -->
  <xsl:template match="tei:app" mode="ep:apparatus-readings" as="item()*">
    <xsl:variable name="shown" as="element()?" select="editio:apparatus-text-reading(.)"/>
    <xsl:for-each select="$shown, (tei:lem | tei:rdg) except $shown">
      <xsl:if test="position() eq 2"><span class="app-bracket">] </span></xsl:if>
      <xsl:if test="position() gt 2"><span class="app-sep">; </span></xsl:if>
      <span class="{if (self::tei:lem) then 'app-lem' else 'app-rdg'}">
        <xsl:choose>
          <xsl:when test="normalize-space(.) = '' and empty(*)"><em class="app-om">om.</em></xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates mode="editio:text">
              <xsl:with-param name="ep:copy" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:call-template name="ep:sigla"/>
      <xsl:text> </xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- The sigla of a reading, each an <abbr> describing its witness. -->
  <xsl:template name="ep:sigla" as="item()*">
    <xsl:variable name="reading" as="element()" select="."/>
    <xsl:variable name="witnesses" as="element(tei:witness)*" select="editio:reading-witnesses(.)"/>
    <xsl:for-each select="editio:reading-sigla(.)">
      <xsl:variable name="w" as="element(tei:witness)?" select="$witnesses[editio:siglum(.) = current()][1]"/>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="exists($w) and editio:witness-description($w) ne ''">
          <abbr class="siglum" title="{editio:witness-description($w)}"><xsl:value-of select="."/></abbr>
        </xsl:when>
        <xsl:otherwise><span class="siglum"><xsl:value-of select="."/></span></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- The Apparatus section: the witnesses and their sigla, then one line per entry. Context: the document node. -->
  <xsl:template name="ep:apparatus-section" as="element(section)?">
    <xsl:variable name="entries" as="element(tei:app)*" select="editio:apparatus-entries(.)"/>
    <xsl:if test="exists($entries)">
      <section class="apparatus" aria-labelledby="apparatus-heading">
        <h2 id="apparatus-heading" class="section-heading"><span data-pagefind-ignore="">Apparatus</span></h2>
        <xsl:variable name="witnesses" as="element(tei:witness)*" select="editio:witnesses(.)"/>
        <xsl:if test="exists($witnesses)">
          <dl class="witnesses" aria-label="Witnesses">
            <xsl:for-each select="$witnesses">
              <div class="witness" id="{@xml:id}">
                <dt class="siglum"><xsl:value-of select="editio:siglum(.)"/></dt>
                <dd><xsl:value-of select="editio:witness-description(.)"/></dd>
              </div>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <ol class="apparatus-list">
          <xsl:for-each select="$entries">
            <li id="{ep:app-id(., 'entry')}" class="apparatus-entry">
              <a class="app-number" href="#{ep:app-id(., '')}"
                aria-label="Apparatus {editio:apparatus-label(.)}: back to the text">
                <xsl:value-of select="editio:apparatus-label(.)"/>
              </a>
              <span class="app-entry-readings">
                <xsl:apply-templates select="." mode="ep:apparatus-readings"/>
              </span>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
