<?xml version="1.0" encoding="UTF-8"?>
<!--
  The two views of the text. Every alternative is in the page: choice children (html_text.xsl) carry
  class reading-norm (reg, expan, corr) or reading-dipl (orig, abbr, sic); del is reading-dipl; add has
  reading-dipl marks (half brackets, place). assets/editio.css shows the normalised view by default (so
  also without JavaScript; the other reading is then in each choice's title, and print shows deletions);
  assets/editio.js sets class view-diplomatic or view-normalised on <html> from the toggle below, which
  it un-hides, and remembers the choice in localStorage.
  Mirrors nothing in fo/ (the PDF prints the normalised reading, deletions struck through).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- True when the text has anything the views render differently. -->
  <xsl:function name="ep:has-views" as="xs:boolean">
    <xsl:param name="text" as="element()*"/>
    <xsl:sequence _select="exists($text//({$editio:match(('choice', 'deletion', 'addition'))}))"/>
  </xsl:function>

  <!-- The view switch: a group of two toggle buttons (aria-pressed), hidden until the script runs. -->
  <xsl:template name="ep:view-switch" as="element(div)?">
    <xsl:param name="text" as="element()*" required="yes"/>
    <xsl:if test="ep:has-views($text)">
      <div class="view-switch" role="group" aria-labelledby="view-switch-label" hidden="" data-pagefind-ignore="">
        <span id="view-switch-label" class="view-switch-label">View</span>
        <button type="button" class="view-button" data-view="normalised" aria-pressed="true"
          title="Regularised spelling, expanded abbreviations, corrections; deletions left out">Normalised</button>
        <button type="button" class="view-button" data-view="diplomatic" aria-pressed="false"
          title="Spelling, abbreviations and errors as in the source; deletions struck through, additions marked">Diplomatic</button>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
