<?xml version="1.0" encoding="UTF-8"?>
<!--
  fo_metadata.xsl (mirrors html/html_metadata.xsl): the block at the top of the first page: edition,
  title, date, then a two-column list of fields (label in Liberation Sans, value in the text face) read
  from the header through common/metadata.xsl. Absent fields are left out, never guessed.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:editio="urn:editio"
  xmlns:efo="urn:editio:fo"
  exclude-result-prefixes="#all">

  <!-- The width of the label column of the metadata list. -->
  <xsl:variable name="efo:label-column" as="xs:string" select="'34mm'"/>

  <!-- The metadata block of the document being transformed (the context is the document node). -->
  <xsl:template name="efo:metadata-block" as="element(fo:block)">
    <xsl:variable name="doc" as="document-node()" select="/"/>
    <xsl:variable name="src" as="map(xs:string, xs:string)?" select="editio:digital-source($doc)"/>
    <xsl:variable name="licence" as="map(xs:string, xs:string)?" select="editio:licence($doc)"/>
    <xsl:variable name="time" as="map(xs:string, xs:string)?" select="editio:telegram-time($doc)"/>
    <xsl:variable name="dateline-date" as="map(xs:string, xs:string)?" select="editio:dateline-date($doc)"/>
    <fo:block id="{efo:metadata-id(.)}">
      <fo:block font-family="{$efo:sans}" font-size="8pt" color="#444444" space-after="3mm">
        <xsl:value-of select="string-join((editio:config('edition-title'),
                                            editio:config('edition-version')[. ne ''] ! ('version ' || .)), ' · ')"/>
      </fo:block>
      <fo:block font-size="18pt" font-weight="bold" line-height="1.2" space-after="1mm" keep-with-next.within-page="always">
        <xsl:value-of select="editio:title($doc)"/>
      </fo:block>
      <fo:block font-size="12pt" space-after="4mm" keep-with-next.within-page="always">
        <!-- a file of several documents (a FRUS volume) has no date of its own: how many it holds instead -->
        <xsl:variable name="parts" as="xs:integer" select="count(editio:parts($doc))"/>
        <xsl:value-of select="if ($parts gt 1) then 'Volume · ' || $parts || ' documents'
                              else (editio:date-display($doc), editio:subtitle($doc))[1]"/>
      </fo:block>
      <fo:table table-layout="fixed" width="{$efo:body-width}" border-collapse="separate"
        border-before-style="solid" border-before-width="0.6pt" border-before-color="#888888"
        border-after-style="solid" border-after-width="0.6pt" border-after-color="#888888"
        font-size="9pt" line-height="1.3" space-after="2mm">
        <fo:table-column column-number="1" column-width="{$efo:label-column}"/>
        <fo:table-column column-number="2" column-width="proportional-column-width(1)"/>
        <fo:table-body>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Date'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:value-of select="editio:date-display($doc)"/>
              <xsl:for-each select="editio:correspondence-note($doc)">
                <fo:block font-size="8.5pt" color="#333333"><xsl:apply-templates mode="efo:inline"/></fo:block>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'From → To'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:if test="exists((editio:senders($doc), editio:recipients($doc)))">
                <xsl:sequence select="efo:names(editio:senders($doc))"/>
                <xsl:text> → </xsl:text>
                <xsl:sequence select="efo:names(editio:recipients($doc))"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Place'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:apply-templates select="editio:place($doc)" mode="efo:inline"/>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Telegram'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:value-of select="string-join((
                  editio:telegram-number($doc) ! ('No. ' || .),
                  $time ! (?display || ' (“' || ?source || '”)'),
                  $dateline-date ! (?display || ' (“' || ?source || '”)')), ', ')"/>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Classification'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:value-of select="string-join((editio:classification($doc), editio:handling($doc)), '; ')"/>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Archival sources'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:for-each select="editio:archival-sources($doc)">
                <fo:block>
                  <xsl:value-of select="string-join((
                      (?repository || (if (?repository-abbr ne '' and ?repository-abbr ne ?repository) then ' (' || ?repository-abbr || ')' else ''))[. ne ''],
                      ?settlement[. ne ''], ?collection[. ne ''], ?idno[. ne '']), ', ')"/>
                </fo:block>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Language'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:value-of select="string-join((
                  editio:original-language($doc) ! ('Original: ' || .),
                  editio:translation-statement($doc)), '. ')"/>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Summary'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:for-each select="editio:summary($doc)">
                <fo:block text-align="justify"><xsl:apply-templates mode="efo:inline"/></fo:block>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Annotations'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:for-each select="distinct-values(efo:margin-notes($doc) ! @hand)">
                <xsl:variable name="hand" as="element(tei:handNote)?" select="($doc//tei:handNote[@xml:id = substring-after(current(), '#')])[1]"/>
                <fo:block>
                  <xsl:apply-templates select="$hand/node()" mode="efo:inline"/>
                  <xsl:text> Printed beside the text in </xsl:text>
                  <fo:inline color="{$efo:ink}" font-style="italic">dark red italics</fo:inline>
                  <xsl:text>, headed by the hand’s name.</xsl:text>
                </fo:block>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Typography'"/>
            <xsl:with-param name="value" select="string-join(editio:typography-notes($doc), ' ')"/>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Digital source'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:if test="exists($src)">
                <xsl:value-of select="string-join(($src?title ! ('“' || . || '”'), $src?date, $src?publisher,
                                                   $src?idno ! ('no. ' || .))[. ne ''], ', ')"/>
                <xsl:if test="$src?url ne ''">
                  <xsl:text>: </xsl:text>
                  <xsl:sequence select="efo:url-link($src?url)"/>
                </xsl:if>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'Licence'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:if test="exists($licence)">
                <xsl:value-of select="$licence?text"/>
                <xsl:if test="$licence?url ne ''">
                  <xsl:text> </xsl:text>
                  <xsl:sequence select="efo:url-link($licence?url)"/>
                </xsl:if>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="efo:field">
            <xsl:with-param name="label" select="'How to cite'"/>
            <xsl:with-param name="value" as="item()*">
              <xsl:value-of select="editio:how-to-cite($doc)"/>
            </xsl:with-param>
          </xsl:call-template>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <!-- One field of the metadata list; no row at all when the value is empty. -->
  <xsl:template name="efo:field" as="element(fo:table-row)?">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:param name="value" as="item()*" required="yes"/>
    <xsl:if test="exists($value[not(. instance of xs:string or . instance of text()) or normalize-space(.) ne ''])">
      <fo:table-row keep-together.within-page="always">
        <fo:table-cell padding-before="2pt" padding-after="1pt">
          <fo:block font-family="{$efo:sans}" font-size="7.5pt" font-weight="bold" color="#555555"
            padding-before="1pt"><xsl:value-of select="$label"/></fo:block>
        </fo:table-cell>
        <fo:table-cell padding-before="2pt" padding-after="1pt">
          <fo:block hyphenate="false"><xsl:sequence select="$value"/></fo:block>
        </fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>

  <!-- Names from the header (senders, recipients) as written, joined by commas. -->
  <xsl:function name="efo:names" as="item()*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
      <xsl:apply-templates select="." mode="efo:inline"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The FO uri-specification of a URL: url("…"), with quotes and parentheses percent-escaped. -->
  <xsl:function name="efo:url" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="'url(&quot;' || replace(replace(replace(replace($href, '&quot;', '%22'), '''', '%27'), '\(', '%28'), '\)', '%29') || '&quot;)'"/>
  </xsl:function>

  <!-- A visible external link showing its (allow-listed) URL. -->
  <xsl:function name="efo:url-link" as="element(fo:basic-link)">
    <xsl:param name="url" as="xs:string"/>
    <fo:basic-link external-destination="{efo:url($url)}" color="#1f3f7a">
      <xsl:value-of select="$url"/>
    </fo:basic-link>
  </xsl:function>

  <!-- ===== editorial principles ===== -->

  <!-- The editorial-principles block at the end of a document: a table sign → meaning for the print
       conventions of the text (fo_text.xsl, fo_notes.xsl). With $all = false() only the conventions the
       document $doc actually uses are listed (never an empty table: the footnote and margin rows are
       always there when used, and a line says the text has no transcriptional signs otherwise); with
       $all = true() (the volume) every convention. The witnesses' sigla follow when the document has an
       apparatus. -->
  <xsl:template name="efo:principles" as="element(fo:block)">
    <xsl:param name="doc" as="node()" required="yes"/>
    <xsl:param name="all" as="xs:boolean" select="false()"/>
    <xsl:variable name="text" as="element()*" select="root($doc)/tei:TEI/(tei:text | tei:standOff)"/>
    <!-- Which conventions the document uses, by name. -->
    <xsl:variable name="used" as="map(xs:string, xs:boolean)" select="map {
        'del': exists($text//tei:del),
        'add': exists($text//tei:add[not(efo:is-below(.))]),
        'add-below': exists($text//tei:add[efo:is-below(.)]),
        'unclear': exists($text//tei:unclear),
        'supplied': exists($text//tei:supplied),
        'gap': exists($text//tei:gap),
        'handShift': exists($text//tei:handShift),
        'pb': exists($text//tei:pb),
        'space': exists($text//tei:space),
        'note': exists(efo:editorial-notes($doc)),
        'apparatus': exists($text//*[efo:is-apparatus-item(.)]),
        'choice': exists($text//tei:choice),
        'margin': exists(efo:margin-notes($doc)),
        'remark': exists(efo:remarks($doc)) }"/>
    <xsl:variable name="uses" as="function(xs:string) as xs:boolean"
      select="function($what as xs:string) as xs:boolean { $all or $used($what) }"/>
    <xsl:variable name="rows" as="element(fo:table-row)*">
      <xsl:if test="$uses('del')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign"><fo:inline text-decoration="line-through">word</fo:inline></xsl:with-param>
          <xsl:with-param name="meaning" select="'Deleted in the original.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('add')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="efo:half-bracket('˹'), 'word', efo:half-bracket('˺')"/>
          <xsl:with-param name="meaning" select="'Added in the original, above the line or in it; an addition elsewhere (e.g. in the margin) or by a named hand has a lettered apparatus note saying where and by whom.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('add-below')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="efo:half-bracket('˻'), 'word', efo:half-bracket('˼')"/>
          <xsl:with-param name="meaning" select="'Added below the line.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('unclear')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="'‹word›'"/>
          <xsl:with-param name="meaning" select="'Unclear in the original: the reading is uncertain.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('supplied')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="'[word]'"/>
          <xsl:with-param name="meaning" select="'Supplied by the editor (or the translator): not in the original.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('gap')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="'[…]'"/>
          <xsl:with-param name="meaning" select="'Gap: text illegible, lost or omitted.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('handShift')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign">
            <fo:inline font-family="{$efo:sans}" font-size="7pt" color="{$efo:ink}">[hand: Name]</fo:inline>
          </xsl:with-param>
          <xsl:with-param name="meaning" select="'From here on the text is written by another hand, named.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('space')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="'word  word'"/>
          <xsl:with-param name="meaning" select="'A wider blank: space left empty in the original.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('pb')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign"><fo:inline font-size="7pt" color="#555555">|2|</fo:inline></xsl:with-param>
          <xsl:with-param name="meaning" select="'The beginning of a page of the original, with its number.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('note')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign">word<fo:inline baseline-shift="super" font-size="70%">1</fo:inline></xsl:with-param>
          <xsl:with-param name="meaning" select="'Editorial note, a numbered footnote on the same page; a note on a whole passage is keyed to its end, a note on the whole document stands after it.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('apparatus')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign">word<fo:inline baseline-shift="super" font-size="65%" font-family="{$efo:sans}" font-style="italic">a</fo:inline></xsl:with-param>
          <xsl:with-param name="meaning" select="'Critical apparatus, a separate series of footnotes keyed by letters and set in sans-serif behind a grey bar: the words of the text (lemma), a bracket, then the other readings, each followed by the sigla of the witnesses that have it (in bold); om. = omitted.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('choice')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="'word] wrod'"/>
          <xsl:with-param name="meaning" select="'The text prints the normalised reading (regularised spelling, expanded abbreviation, corrected error); the apparatus gives the original as written, with what it is.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('margin')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign">
            <fo:inline color="{$efo:ink}" font-style="italic">words</fo:inline>
          </xsl:with-param>
          <xsl:with-param name="meaning" select="'A handwritten annotation, printed in the right margin level with the passage it is written beside and headed by the name of the hand in capitals; a bar joins the passages of a note on several of them. A note written at the top of the document stands in the top margin of the first page.'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$uses('remark')">
        <xsl:call-template name="efo:principle">
          <xsl:with-param name="sign" select="'† ‡'"/>
          <xsl:with-param name="meaning" select="'An interpretation by the editor of an annotation, explained in the Notes after the text.'"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="witnesses" as="element(tei:witness)*"
      select="if ($all) then () else editio:witnesses($doc)[exists($text//tei:app)]"/>
    <fo:block id="{efo:principles-id($doc)}" break-before="page" end-indent="{$efo:beside-text}" font-size="9pt">
      <fo:block font-family="{$efo:sans}" font-weight="bold" font-size="10pt" space-after="4pt"
        keep-with-next.within-page="always" border-after-style="solid" border-after-width="0.4pt"
        border-after-color="#888888" padding-after="1pt">Editorial principles</fo:block>
      <fo:block space-after="3pt" keep-with-next.within-page="always" text-align="justify">The text is
        printed as the source has it; the editor's interventions and the features of the original are
        marked as follows.</fo:block>
      <xsl:choose>
        <xsl:when test="exists($rows)">
          <fo:table table-layout="fixed" width="{$efo:text-column}">
            <fo:table-column column-number="1" column-width="26mm"/>
            <fo:table-column column-number="2" column-width="proportional-column-width(1)"/>
            <fo:table-body>
              <xsl:sequence select="$rows"/>
            </fo:table-body>
          </fo:table>
        </xsl:when>
        <xsl:otherwise>
          <fo:block>This document uses none of the transcription signs of the edition.</fo:block>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="exists($witnesses)">
        <fo:block space-before="4pt">
          <fo:inline font-family="{$efo:sans}" font-weight="bold" font-size="7.5pt" color="#555555">Witnesses </fo:inline>
          <xsl:for-each select="$witnesses">
            <xsl:if test="position() gt 1">; </xsl:if>
            <fo:inline font-weight="bold"><xsl:value-of select="editio:siglum(.)"/></fo:inline>
            <xsl:value-of select="' ' || editio:witness-description(.)"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- One row of the editorial principles: the sign as printed, its meaning. -->
  <xsl:template name="efo:principle" as="element(fo:table-row)">
    <xsl:param name="sign" as="item()*" required="yes"/>
    <xsl:param name="meaning" as="xs:string" required="yes"/>
    <fo:table-row keep-together.within-page="always">
      <!-- cells reset the indents (they would inherit the block's end-indent, relative to the cell) -->
      <fo:table-cell padding-before="1.5pt" padding-after="1.5pt" start-indent="0mm" end-indent="0mm">
        <fo:block><xsl:sequence select="$sign"/></fo:block>
      </fo:table-cell>
      <fo:table-cell padding-before="1.5pt" padding-after="1.5pt" start-indent="0mm" end-indent="0mm">
        <fo:block text-align="justify" hyphenate="false"><xsl:value-of select="$meaning"/></fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

</xsl:stylesheet>
