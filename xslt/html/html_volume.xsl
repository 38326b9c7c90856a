<?xml version="1.0" encoding="UTF-8"?>
<!--
  The contents page of a TEI file holding several documents (initial template Q{urn:editio}volume; global
  context item = that file, e.g. a FRUS volume): the volume's title, editors and publication from its
  header, then a table of its div[@type='document']: number (@n), title (head, without its notes), date
  (dateline/date, else the first date outside notes), linked to {id}{$es:part-separator}{div/@xml:id}.html,
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

  <!-- Between the volume's id and the part's id in a part page's file name (docs/xslt-contract.md). -->
  <xsl:variable name="es:part-separator" as="xs:string" select="'--'"/>

  <!-- The file name of the page of one document division of a volume. -->
  <xsl:function name="es:part-href" as="xs:string">
    <xsl:param name="volume-id" as="xs:string"/>
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="encode-for-uri($volume-id || $es:part-separator || $div/@xml:id) || '.html'"/>
  </xsl:function>

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
            <xsl:variable name="editors" as="element()*" select="$header/tei:fileDesc/tei:titleStmt/(tei:editor | tei:respStmt[tei:resp[matches(., 'edit', 'i')]]/(tei:persName | tei:name))"/>
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
          <section aria-labelledby="contents-heading">
            <h2 id="contents-heading" class="section-heading">Contents</h2>
            <table class="contents">
              <caption class="visually-hidden">Documents of the volume, with number, title and date</caption>
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
                  <!-- FRUS heads repeat the number ('206. Telegram …'): not twice. -->
                  <xsl:variable name="label" as="xs:string"
                    select="if ($n ne '' and starts-with($head, $n || '. ')) then substring-after($head, $n || '. ') else $head"/>
                  <xsl:variable name="date" as="xs:string?" select="editio:part-date(.)"/>
                  <tr>
                    <td class="col-number"><xsl:value-of select="$n"/></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@xml:id">
                          <a href="{editio:safe-url(es:part-href($id, .))}"><xsl:value-of select="if ($label ne '') then $label else 'Document ' || $n"/></a>
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
          </section>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
