<?xml version="1.0" encoding="UTF-8"?>
<!--
  The metadata panel of a document page (mirrors fo/fo_metadata.xsl): summary, then a description list of
  the header fields from common/metadata.xsl, the citation and the downloads. A field whose value is absent
  from the header is left out, never filled with a guess.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- One row of the panel: <dt>label</dt><dd>value</dd>, or nothing when the value is empty. The search index
       leaves out the label (words of the page, not of the document: every letter was found for "date", "place"
       or "licence", and Pagefind read "Date2 August 1889" as one word "date2"), and the whole row when
       $indexed is false (the same text on every page: the edition, the licence). -->
  <xsl:template name="ep:field" as="element()*">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:param name="value" as="item()*" required="yes"/>
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:param name="indexed" as="xs:boolean" select="true()"/>
    <xsl:if test="exists($value[. instance of element() or normalize-space(string(.)) ne ''])">
      <div class="field{$class ! (' field-' || .)}">
        <xsl:if test="not($indexed)">
          <xsl:attribute name="data-pagefind-ignore" select="''"/>
        </xsl:if>
        <dt data-pagefind-ignore=""><xsl:value-of select="$label"/></dt>
        <dd><xsl:sequence select="$value"/></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- TEI elements (names, summary paragraphs) rendered with the text templates, comma-separated. -->
  <xsl:template name="ep:render-list" as="item()*">
    <xsl:param name="elements" as="element()*"/>
    <xsl:for-each select="$elements">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="editio:text"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A <time datetime> for an ISO value with its display form. -->
  <xsl:function name="ep:time" as="element(time)">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:param name="display" as="xs:string"/>
    <time datetime="{$iso}"><xsl:value-of select="$display"/></time>
  </xsl:function>

  <!-- An external link that passed the allow-list, showing its address. -->
  <xsl:function name="ep:url-link" as="element(a)">
    <xsl:param name="url" as="xs:string"/>
    <a href="{$url}" class="url"><xsl:value-of select="$url"/></a>
  </xsl:function>

  <!-- The panel. Context: the document node. -->
  <xsl:template name="ep:metadata-panel" as="element(section)">
    <xsl:variable name="doc" as="document-node()" select="."/>
    <section class="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading" class="section-heading"><span data-pagefind-ignore="">About this document</span></h2>

      <xsl:if test="exists(editio:summary(.))">
        <div class="summary">
          <xsl:for-each select="editio:summary(.)">
            <p><xsl:apply-templates mode="editio:text"/></p>
          </xsl:for-each>
        </div>
      </xsl:if>

      <dl class="fields">
        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:if test="editio:date(.)">
              <xsl:sequence select="ep:time(editio:date(.), editio:date-display(.))"/>
              <xsl:variable name="as-written" as="xs:string" select="normalize-space(editio:date-element(.))"/>
              <xsl:if test="$as-written ne '' and $as-written ne editio:date-display(.)">
                <xsl:value-of select="' (' || $as-written || ')'"/>
              </xsl:if>
              <xsl:for-each select="editio:correspondence-note(.)">
                <!-- A space before each note shown as a line of its own (CSS): the text joins no words
                     across it ("(7.II.50)The telegram …" was indexed as one word). -->
                <xsl:text> </xsl:text>
                <span class="field-note"><xsl:apply-templates mode="editio:text"/></span>
              </xsl:for-each>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'From → to'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:if test="exists(editio:senders(.)) or exists(editio:recipients(.))">
              <xsl:call-template name="ep:render-list">
                <xsl:with-param name="elements" select="editio:senders(.)"/>
              </xsl:call-template>
              <xsl:if test="empty(editio:senders(.))">unknown</xsl:if>
              <xsl:text> → </xsl:text>
              <xsl:call-template name="ep:render-list">
                <xsl:with-param name="elements" select="editio:recipients(.)"/>
              </xsl:call-template>
              <xsl:if test="empty(editio:recipients(.))">unknown</xsl:if>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Place'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:apply-templates select="editio:place(.)" mode="editio:text"/>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Telegram'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:variable name="time" as="map(xs:string, xs:string)?" select="editio:telegram-time(.)"/>
            <xsl:variable name="date" as="map(xs:string, xs:string)?" select="editio:dateline-date(.)"/>
            <xsl:if test="editio:telegram-number(.) or exists($time)">
              <xsl:for-each select="editio:telegram-number(.)">No. <xsl:value-of select="."/></xsl:for-each>
              <xsl:if test="exists($time)">
                <xsl:if test="editio:telegram-number(.)">, </xsl:if>
                <xsl:sequence select="if ($time?iso ne '') then ep:time($time?iso, $time?display) else $time?display"/>
                <xsl:if test="$time?source ne $time?display">
                  <xsl:value-of select="' (' || $time?source || ')'"/>
                </xsl:if>
              </xsl:if>
              <xsl:if test="exists($date)">
                <xsl:text>, </xsl:text>
                <xsl:sequence select="if ($date?iso ne '') then ep:time($date?iso, $date?display) else $date?display"/>
              </xsl:if>
              <xsl:text> </xsl:text>
              <span class="field-note">As given in the dateline.</span>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Classification'"/>
          <xsl:with-param name="value" select="string(editio:classification(.))"/>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Archival sources'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:variable name="sources" as="map(xs:string, xs:string)*" select="editio:archival-sources(.)"/>
            <xsl:if test="exists($sources)">
              <ul class="plain">
                <xsl:for-each select="$sources">
                  <li>
                    <xsl:choose>
                      <xsl:when test="?repository-abbr ne '' and ?repository ne ?repository-abbr">
                        <abbr title="{?repository}"><xsl:value-of select="?repository-abbr"/></abbr>
                        <xsl:value-of select="' (' || ?repository || ')'"/>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="?repository"/></xsl:otherwise>
                    </xsl:choose>
                    <xsl:value-of select="string-join((?settlement, ?collection, ?idno)[. ne ''] ! (', ' || .), '')"/>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Language'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:variable name="parts" as="xs:string*"
              select="(editio:original-language(.) ! ('Original: ' || .), editio:translation-statement(.))"/>
            <xsl:value-of select="string-join($parts, '. ')"/>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Responsibility'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:variable name="resps" as="map(xs:string, xs:string)*" select="editio:responsibilities(.)"/>
            <xsl:if test="exists($resps)">
              <ul class="plain">
                <xsl:for-each select="$resps">
                  <li><xsl:value-of select="string-join((?resp, ?name)[. ne ''], ': ')"/></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Typography'"/>
          <xsl:with-param name="indexed" select="false()"/>
          <xsl:with-param name="value" select="string-join(editio:typography-notes(.), ' ')"/>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Digital source'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:variable name="src" as="map(xs:string, xs:string)?" select="editio:digital-source(.)"/>
            <xsl:if test="exists($src)">
              <xsl:if test="$src?title ne ''"><cite><xsl:value-of select="$src?title"/></cite></xsl:if>
              <xsl:value-of select="string-join(($src?date, $src?publisher, $src?idno ! ('no. ' || .))[. ne ''] ! (', ' || .), '')"/>
              <xsl:if test="$src?url ne ''">
                <xsl:text>, </xsl:text>
                <xsl:sequence select="ep:url-link($src?url)"/>
              </xsl:if>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Edition'"/>
          <xsl:with-param name="value" select="string(editio:edition(.)?text)"/>
          <xsl:with-param name="indexed" select="false()"/>
        </xsl:call-template>

        <xsl:call-template name="ep:field">
          <xsl:with-param name="label" select="'Licence'"/>
          <xsl:with-param name="indexed" select="false()"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="editio:licence(.)"/>
            <xsl:if test="exists($licence)">
              <xsl:value-of select="$licence?text"/>
              <xsl:if test="$licence?url ne ''">
                <xsl:text> </xsl:text>
                <span class="field-note"><xsl:sequence select="ep:url-link($licence?url)"/></span>
              </xsl:if>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>

      </dl>

      <xsl:call-template name="ep:downloads"/>
    </section>
  </xsl:template>

  <!-- Download links: the PDF (when configured), the TEI source, the margin notes as Web Annotations (when
       there are any), and the way to the citation formats ($cite: the page has a How to cite section with
       the id 'cite'; the register page has none, so it passes false()). -->
  <xsl:template name="ep:downloads" as="element(ul)">
    <xsl:param name="cite" as="xs:boolean" select="true()"/>
    <xsl:variable name="pdf" as="xs:string?" select="ep:config-href('pdf-href')"/>
    <xsl:variable name="tei" as="xs:string?" select="ep:config-href('tei-href')"/>
    <ul class="downloads" aria-label="Downloads and citation" data-pagefind-ignore="">
      <xsl:if test="$pdf">
        <li><a class="download" href="{$pdf}" type="application/pdf">PDF<span class="download-note"> edition</span></a></li>
      </xsl:if>
      <xsl:if test="$tei">
        <li><a class="download" href="{$tei}" type="application/tei+xml">TEI-XML<span class="download-note"> source</span></a></li>
      </xsl:if>
      <xsl:if test="exists(ep:annotated-notes(.))">
        <li><a class="download" href="{ep:annotations-href(.)}" type="application/ld+json">Annotations<span class="download-note"> (W3C JSON-LD)</span></a></li>
      </xsl:if>
      <xsl:if test="$cite">
        <li><a class="download download-cite" href="#cite">How to cite</a></li>
      </xsl:if>
    </ul>
  </xsl:template>

</xsl:stylesheet>
