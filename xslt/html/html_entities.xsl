<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entity lists of a document (behaviours entity-list, entity; mirrors fo/fo_entities.xsl). The lists a
  document carries in back or standOff are not rendered in place: their entries are gathered into the
  section "Named in this document", with subsections Persons, Places, Organisations, Works, Events
  (editio:entity-kinds). One line per entry, from editio:entity-summary (common/entities.xsl): the name,
  dates in parentheses, where it is, further facts, variant names, and the identifier links (each
  through editio:safe-url, labelled GND, GeoNames, Wikidata, PMB … from its host). Each entry keeps its
  xml:id as HTML id, so that names in the text pointing to #ID land on it. Its note/desc follow as text;
  children no rule knows are rendered by the unknown-element rule (visible and reported).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  xmlns:ej="urn:editio:java"
  exclude-result-prefixes="#all">

  <!-- One entry line of the section. -->
  <xsl:mode name="ep:entity" on-no-match="fail"/>

  <!-- In place, an entity list and its entries render nothing: they are gathered into the section. -->
  <xsl:template _match="{$editio:match(('entity-list', 'entity'))}" mode="editio:text" priority="2" as="empty-sequence()"/>

  <!-- The section "Named in this document" (context: the document node); nothing when the document has
       no entity lists. -->
  <xsl:template name="ep:entities-section" as="element(section)?">
    <xsl:variable name="entities" as="element()*" select="editio:document-entities(.)"/>
    <xsl:if test="exists($entities)">
      <section class="entities" id="named" aria-labelledby="entities-heading" data-pagefind-ignore="">
        <h2 id="entities-heading" class="section-heading">Named in this document</h2>
        <xsl:for-each select="$editio:entity-kinds">
          <xsl:variable name="kind" as="xs:string" select="?kind"/>
          <xsl:variable name="group" as="element()*" select="$entities[editio:entity-kind(.) = $kind]"/>
          <xsl:if test="exists($group)">
            <section class="entity-group entity-group-{$kind}" aria-labelledby="entities-{$kind}">
              <h3 id="entities-{$kind}"><xsl:value-of select="?heading"/></h3>
              <ul class="entity-list">
                <xsl:apply-templates select="$group" mode="ep:entity"/>
              </ul>
            </section>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One entry. An entry whose notes hold only text and that has no child no rule knows depends on its own
       subtree alone and reports nothing: Editio's Java (ej:key, ej:cached, ej:cache; EntryCache) keeps it the
       first time it is made and every later page naming the same entry, letter for letter the same, takes it
       over (an edition of letters names the same persons and places again and again). The kept entry is
       looked up first: an entry with the same key has the same subtree, so it was kept only if it passed the
       test for notes and unknown children, which only an entry not kept yet has to pass. (An element in a
       note, a pointer say, may render differently on another page: such an entry is made for each page.)
       Without those functions (plain Saxon) every entry is made. -->
  <xsl:template match="*" mode="ep:entity" as="element(li)" use-when="function-available('ej:key', 1)">
    <xsl:variable name="key" as="xs:string" select="ej:key(.)"/>
    <xsl:variable name="kept" as="element(li)?" select="ej:cached($key)"/>
    <xsl:choose>
      <xsl:when test="exists($kept)">
        <xsl:sequence select="$kept"/>
      </xsl:when>
      <xsl:when test="empty(editio:entity-notes(.)/*) and empty(editio:entity-unknown-children(.))">
        <xsl:variable name="made" as="element(li)">
          <xsl:apply-templates select="." mode="ep:entity-entry"/>
        </xsl:variable>
        <xsl:sequence select="ej:cache($key, $made)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="ep:entity-entry"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="ep:entity" as="element(li)" use-when="not(function-available('ej:key', 1))">
    <xsl:apply-templates select="." mode="ep:entity-entry"/>
  </xsl:template>

  <!-- One entry made: name (dates), where; details; variants; links; then notes and unknown children. -->
  <xsl:mode name="ep:entity-entry" on-no-match="fail"/>
  <xsl:template match="*" mode="ep:entity-entry" as="element(li)">
    <xsl:variable name="s" as="map(xs:string, item()*)" select="editio:entity-summary(.)"/>
    <li class="entity tei-{local-name()}">
      <xsl:if test="exists($s?id)">
        <xsl:attribute name="id" select="$s?id"/>
      </xsl:if>
      <span class="entity-name"><xsl:value-of select="$s?name"/></span>
      <xsl:if test="exists($s?dates)">
        <xsl:text> </xsl:text>
        <span class="entity-dates">(<xsl:value-of select="$s?dates"/>)</span>
      </xsl:if>
      <xsl:if test="exists($s?where)">
        <xsl:text>, </xsl:text>
        <span class="entity-where"><xsl:value-of select="$s?where"/></span>
      </xsl:if>
      <xsl:if test="exists($s?details)">
        <xsl:text>; </xsl:text>
        <span class="entity-details"><xsl:value-of select="string-join($s?details, '; ')"/></span>
      </xsl:if>
      <xsl:if test="exists($s?variants)">
        <xsl:text> </xsl:text>
        <span class="entity-variants">also <xsl:value-of select="string-join($s?variants, ', ')"/></span>
      </xsl:if>
      <xsl:if test="exists($s?identifiers)">
        <xsl:text> </xsl:text>
        <span class="entity-identifiers"><xsl:value-of select="string-join($s?identifiers, ', ')"/></span>
      </xsl:if>
      <xsl:if test="exists($s?links)">
        <xsl:text> </xsl:text>
        <span class="entity-links">
          <xsl:for-each select="$s?links">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <a class="entity-link" href="{?href}" title="{?href}" rel="external"><xsl:value-of select="?label"/></a>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:for-each select="editio:entity-notes(.)">
        <xsl:text> </xsl:text>
        <span class="entity-note"><xsl:apply-templates mode="editio:text"/></span>
      </xsl:for-each>
      <xsl:for-each select="editio:entity-unknown-children(.)">
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="." mode="editio:text"/>
      </xsl:for-each>
    </li>
  </xsl:template>

</xsl:stylesheet>
