<?xml version="1.0" encoding="UTF-8"?>
<!--
  The contents page of a TEI file holding several documents (initial template Q{urn:editio}volume; global
  context item = that file, e.g. a FRUS volume): the volume's title, editors and publication from its
  header, then a table of its div[@type='document']: number (@n), title (head, without its notes), date
  (dateline/date, else the first date outside notes), linked to the page of each (editio:part-href),
  the pages Java writes with config 'part'. Mirrors nothing in fo/.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:es="urn:editio:site"
  exclude-result-prefixes="#all">

  <!-- The title of a volume: the main title; FRUS gives series, subseries and volume as typed titles. -->
  <xsl:function name="es:volume-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="titles" as="element(tei:title)*" select="ep:header($doc)/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="(normalize-space($titles[@type = ('main', 'complete')][1])[. ne ''], editio:title($doc))[1]"/>
  </xsl:function>

  <!-- The contents page. Context: the volume's document node. -->
  <xsl:template name="editio:volume" as="document-node()">
    <xsl:context-item as="document-node()" use="required"/>
    <xsl:variable name="vol" as="document-node()" select="."/>
    <xsl:variable name="id" as="xs:string" select="(editio:config('id')[. ne ''], editio:document-id(.))[1]"/>
    <xsl:variable name="parts" as="element(tei:div)*" select="//tei:text//tei:div[@type = 'document']"/>
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="ep:header(.)"/>
    <xsl:variable name="title" as="xs:string" select="es:volume-title(.)"/>
    <xsl:call-template name="es:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="description" select="'Contents of ' || $title || ': ' || count($parts) || ' documents.'"/>
      <xsl:with-param name="body-class" select="'page-volume page-site'"/>
      <xsl:with-param name="lang" select="editio:language(.)"/>
      <xsl:with-param name="content" as="element()*">
        <article class="volume" aria-labelledby="volume-title">
          <header class="document-header">
            <p class="document-kind">Volume · <xsl:value-of select="count($parts)"/> documents</p>
            <h1 id="volume-title"><xsl:value-of select="$title"/></h1>
            <xsl:variable name="editors" as="element()*" select="$header/tei:fileDesc/tei:titleStmt/(tei:editor | tei:respStmt[tei:resp[matches(., 'edit', 'i')]]/(tei:persName | tei:name))[normalize-space() ne '']"/>
            <xsl:if test="exists($editors)">
              <p class="subtitle">
                <xsl:value-of select="'Edited by ' || string-join(distinct-values($editors ! normalize-space(.)), ', ')"/>
              </p>
            </xsl:if>
            <xsl:variable name="pub" as="element(tei:publicationStmt)?" select="$header/tei:fileDesc/tei:publicationStmt"/>
            <xsl:variable name="imprint" as="xs:string*" select="($pub/tei:pubPlace[1], $pub/tei:publisher[1], $pub/tei:date[1]) ! normalize-space(.)[. ne '']"/>
            <xsl:if test="exists($imprint)">
              <p class="volume-imprint"><xsl:value-of select="string-join($imprint, ', ')"/></p>
            </xsl:if>
            <xsl:if test="$header/tei:fileDesc/tei:sourceDesc[normalize-space() ne '']">
              <div class="prose volume-source">
                <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/node()" mode="es:prose"/>
              </div>
            </xsl:if>
          </header>
          <xsl:call-template name="es:matter-list">
            <xsl:with-param name="divs" select="editio:page-parts(.)[parent::tei:front]"/>
            <xsl:with-param name="id" select="$id"/>
            <xsl:with-param name="key" select="'front'"/>
            <xsl:with-param name="heading" select="'Front matter'"/>
          </xsl:call-template>
          <section aria-labelledby="contents-heading" class="volume-contents">
            <h2 id="contents-heading" class="section-heading">Contents</h2>
            <xsl:apply-templates select="tei:TEI/tei:text/tei:body" mode="es:contents">
              <xsl:with-param name="id" select="$id" tunnel="yes"/>
              <xsl:with-param name="level" select="3"/>
            </xsl:apply-templates>
          </section>
          <xsl:call-template name="es:matter-list">
            <xsl:with-param name="divs" select="editio:page-parts(.)[parent::tei:back]"/>
            <xsl:with-param name="id" select="$id"/>
            <xsl:with-param name="key" select="'back'"/>
            <xsl:with-param name="heading" select="'Back matter'"/>
          </xsl:call-template>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The volume's structure as the contents page shows it: the divisions that hold documents (FRUS:
       compilation, chapter, subchapter) as headed sections, their own prose (a chapter that only refers to
       another volume), and each run of documents as a table. Page breaks between them are left out. -->
  <xsl:mode name="es:contents" on-no-match="deep-skip"/>

  <xsl:template match="tei:body | tei:div[not(@type = 'document')]" mode="es:contents" as="element()*">
    <xsl:param name="level" as="xs:integer"/>
    <!-- Page breaks and other milestones between documents would split their table: left out. -->
    <xsl:for-each-group select="*[not(self::tei:head | self::tei:pb | self::tei:cb | self::tei:milestone | self::tei:fw | self::tei:anchor)]"
      group-adjacent="if (self::tei:div[@type = 'document']) then 'documents' else if (self::tei:div) then 'division' else 'prose'">
      <xsl:choose>
        <xsl:when test="current-grouping-key() eq 'documents'">
          <xsl:call-template name="es:documents-table">
            <xsl:with-param name="parts" select="current-group()"/>
            <xsl:with-param name="within" select="current-group()[1]/parent::tei:div/tei:head[1] ! editio:head-text(.)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="current-grouping-key() eq 'division'">
          <xsl:for-each select="current-group()">
            <xsl:variable name="head" as="xs:string" select="string(tei:head[1] ! editio:head-text(.))"/>
            <xsl:choose>
              <xsl:when test="$head ne ''">
                <section class="contents-division">
                  <xsl:element name="h{min(($level, 6))}">
                    <xsl:attribute name="class" select="'contents-heading contents-heading-' || $level"/>
                    <xsl:if test="@xml:id">
                      <xsl:attribute name="id" select="'contents-' || @xml:id"/>
                    </xsl:if>
                    <xsl:value-of select="$head"/>
                  </xsl:element>
                  <xsl:apply-templates select="." mode="#current">
                    <xsl:with-param name="level" select="$level + 1"/>
                  </xsl:apply-templates>
                </section>
              </xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates select="." mode="#current">
                  <xsl:with-param name="level" select="$level"/>
                </xsl:apply-templates>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:when>
        <xsl:when test="current-grouping-key() eq 'prose'">
          <div class="prose contents-prose">
            <xsl:apply-templates select="current-group()" mode="es:prose"/>
          </div>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A run of documents: number, title (the head without the number it repeats) linked to the document's
       page, date. -->
  <xsl:template name="es:documents-table" as="element(table)">
    <xsl:param name="parts" as="element(tei:div)+"/>
    <xsl:param name="within" as="xs:string?"/>
    <xsl:param name="id" as="xs:string" tunnel="yes"/>
    <table class="contents">
      <caption class="visually-hidden">
        <xsl:value-of select="string-join(('Documents', $within[. ne ''] ! ('of ' || .)), ' ') || ', with number, title and date'"/>
      </caption>
      <thead>
        <tr>
          <th scope="col" class="col-number">No.</th>
          <th scope="col">Document</th>
          <th scope="col" class="col-date">Date</th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$parts">
          <xsl:variable name="head" as="xs:string" select="editio:head-text(tei:head[1])"/>
          <xsl:variable name="n" as="xs:string" select="normalize-space(@n)"/>
          <!-- FRUS heads repeat the number ('206. Telegram …', 'No. 1. Mr. Seat …'): not twice. -->
          <xsl:variable name="label" as="xs:string"
            select="editio:head-without-number($head, $n)"/>
          <xsl:variable name="date" as="xs:string?" select="editio:part-date(.)"/>
          <tr>
            <td class="col-number"><xsl:value-of select="$n"/></td>
            <td>
              <xsl:choose>
                <xsl:when test="@xml:id">
                  <a href="{editio:safe-url(editio:part-href($id, .))}"><xsl:value-of select="if ($label ne '') then $label else 'Document ' || $n"/></a>
                </xsl:when>
                <xsl:otherwise>
                  <!-- No id, no page of its own: the part cannot be linked. -->
                  <xsl:value-of select="if ($label ne '') then $label else 'Document ' || $n"/>
                </xsl:otherwise>
              </xsl:choose>
            </td>
            <td class="col-date">
              <xsl:if test="exists($date)">
                <time datetime="{$date}"><xsl:value-of select="es:format-date($date)"/></time>
              </xsl:if>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- The front or the back matter that has pages of its own (the President's message, the list of papers,
       the index): a list of links; nothing when there is none. -->
  <xsl:template name="es:matter-list" as="element(section)?">
    <xsl:param name="divs" as="element(tei:div)*"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="heading" as="xs:string"/>
    <xsl:if test="exists($divs)">
      <section aria-labelledby="{$key}-heading" class="volume-matter">
        <h2 id="{$key}-heading" class="section-heading"><xsl:value-of select="$heading"/></h2>
        <ul class="matter-list">
          <xsl:for-each select="$divs">
            <xsl:variable name="head" as="xs:string" select="string(tei:head[1] ! editio:head-text(.))"/>
            <li><a href="{editio:safe-url(editio:part-href($id, .))}"><xsl:value-of select="if ($head ne '') then $head else string(@type)"/></a></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
