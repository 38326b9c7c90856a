<?xml version="1.0" encoding="UTF-8"?>
<!--
  Standoff annotations (standOff//note, the handwritten margin notes) and register look-ups, for both
  outputs. A note points with @target ('#id #id …') to the passages it stands beside. A note with several
  targets is rendered ONCE, at its first target in document order, and tied to the others
  (editio:margin-notes-at / editio:note-targets). Notes with @place='top' are rendered at the top of the
  text (editio:top-notes) instead of beside a block.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- Standoff notes by each same-document target id they point to. -->
  <xsl:key name="ep:notes-by-target" match="tei:standOff//tei:note[@target][not(editio:in-entity(.))]"
    use="for $t in tokenize(normalize-space(@target), ' ')[starts-with(., '#')] return substring($t, 2)"/>

  <!-- All standoff notes whose @target includes '#'+@xml:id of $target (any position, any place). -->
  <xsl:function name="editio:margin-notes-for" as="element(tei:note)*">
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="if ($target/@xml:id) then key('ep:notes-by-target', string($target/@xml:id), root($target)) else ()"/>
  </xsl:function>

  <!-- The elements a standoff note points to (same-document #id targets), in document order. -->
  <xsl:function name="editio:note-targets" as="element()*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="ids" as="xs:string*"
      select="for $t in tokenize(normalize-space($note/@target), ' ')[starts-with(., '#')] return substring($t, 2)"/>
    <xsl:sequence select="if (exists($ids)) then root($note)//*[@xml:id = $ids] else ()"/>
  </xsl:function>

  <!-- The first target of a note in document order: where a note with several targets is rendered. -->
  <xsl:function name="editio:first-target" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="editio:note-targets($note)[1]"/>
  </xsl:function>

  <!-- True when $target is the place where $note is rendered (its first target). -->
  <xsl:function name="editio:is-first-target" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="editio:first-target($note) is $target"/>
  </xsl:function>

  <!-- True for a note to be shown at the top of the text rather than beside a block. -->
  <xsl:function name="editio:is-top-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = 'top'"/>
  </xsl:function>

  <!-- The side notes to render beside $target: notes (not top notes) whose first target is $target. -->
  <xsl:function name="editio:margin-notes-at" as="element(tei:note)*">
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="editio:margin-notes-for($target)[not(editio:is-top-note(.))][editio:is-first-target(., $target)]"/>
  </xsl:function>

  <!-- The top-margin notes of a document (@place='top'), in document order. -->
  <xsl:function name="editio:top-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)//tei:standOff//tei:note[not(editio:in-entity(.))][editio:is-top-note(.)]"/>
  </xsl:function>

  <!-- Standoff notes pointing to nothing in this document (reportable; rendered after the text). -->
  <xsl:function name="editio:orphan-notes" as="element(tei:note)*">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="root($n)//tei:standOff//tei:note[not(editio:in-entity(.))][not(editio:is-top-note(.))][empty(editio:note-targets(.))]"/>
  </xsl:function>

  <!-- A short human label for a note target: 'point 1', 'the agenda item 2', 'paragraph “Kim Il Sung reported …”', 'the document'. -->
  <xsl:function name="editio:target-label" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <xsl:choose>
      <xsl:when test="$target/self::tei:item">
        <xsl:sequence select="'point ' || editio:item-number($target)"/>
      </xsl:when>
      <xsl:when test="$target/self::tei:div or $target/self::tei:body or $target/self::tei:text">
        <xsl:sequence select="'the document'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="words" as="xs:string*" select="tokenize(normalize-space(string($target)), ' ')"/>
        <xsl:sequence select="(if ($target/self::tei:p) then 'paragraph' else local-name($target))
                              || ' “' || string-join($words[position() le 4], ' ')
                              || (if (count($words) gt 4) then ' …' else '') || '”'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The labels of all targets of a note joined: 'points 1, 2 and 3', 'point 4', 'paragraph “…”'. -->
  <xsl:function name="editio:targets-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="targets" as="element()*" select="editio:note-targets($note)"/>
    <xsl:choose>
      <xsl:when test="count($targets) gt 1 and (every $t in $targets satisfies $t/self::tei:item)">
        <xsl:sequence select="'points ' || ep:join-and(for $t in $targets return editio:item-number($t))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="ep:join-and(for $t in $targets return editio:target-label($t))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- 'a', 'a and b', 'a, b and c'. -->
  <xsl:function name="ep:join-and" as="xs:string">
    <xsl:param name="parts" as="xs:string*"/>
    <xsl:sequence select="if (count($parts) le 1) then string($parts[1])
                          else string-join($parts[position() lt last()], ', ') || ' and ' || $parts[last()]"/>
  </xsl:function>

  <!-- The letter that labels a standoff note ('a', 'b', …, 'z', 'aa', …), by its position among all standoff
       notes of the document; used for the marker at each target and on the note itself, in both outputs. -->
  <xsl:function name="editio:margin-note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="i" as="xs:integer" select="count($note/preceding::tei:note[ancestor::tei:standOff][not(editio:in-entity(.))]) + count($note/ancestor::tei:note) + 1"/>
    <xsl:number value="$i" format="a"/>
  </xsl:function>

  <!-- Where a note stands, in words: 'at the top', 'in the margin', 'at the foot', … (from @place). -->
  <xsl:function name="editio:note-place-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="p" as="xs:string" select="string($note/@place)"/>
    <xsl:sequence select="if ($p = 'top') then 'at the top'
                          else if ($p = ('bottom', 'foot')) then 'at the foot'
                          else if ($p = ('margin', 'margin-left', 'margin-right', 'left', 'right', '')) then 'in the margin'
                          else 'at ' || $p"/>
  </xsl:function>

  <!-- The handNote a note's @hand points to (#id in the same document), if any. -->
  <xsl:function name="editio:hand-note" as="element(tei:handNote)?">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="id" as="xs:string?" select="substring-after(normalize-space($note/@hand), '#')[. ne '']"/>
    <xsl:sequence select="if (exists($id)) then root($note)//tei:handNote[@xml:id = $id][1] else ()"/>
  </xsl:function>

  <!-- The name of a note's hand: @hand → handNote/@scribeRef → register entry name; else the handNote's
       persName or @scribe; () when the note names no hand. -->
  <xsl:function name="editio:note-hand" as="xs:string?">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="hand" as="element(tei:handNote)?" select="editio:hand-note($note)"/>
    <xsl:variable name="entry" as="element()?" select="editio:register-entry(string($hand/@scribeRef))"/>
    <xsl:sequence select="(editio:entry-name($entry)[exists($entry)],
                           $hand//tei:persName[1]/normalize-space(),
                           $hand/@scribe/string())[. ne ''][1]"/>
  </xsl:function>

  <!-- The name of the hand a handShift (@new, else @scribe) or an addition (@hand) points to: a handNote
       (its register person, persName or @scribe), a person of the document (forename surname), a handNote
       whose @corresp is that person; else the pointer as written; else 'another hand'. -->
  <xsl:function name="editio:hand-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="ptr" as="xs:string" select="normalize-space(($e/@new, $e/@hand, $e/@scribe)[1])"/>
    <xsl:variable name="id" as="xs:string" select="replace($ptr, '\A[^\n\r]*#', '', ';j')"/>
    <xsl:variable name="root" as="node()" select="root($e)"/>
    <xsl:variable name="hand" as="element()?" select="($root//tei:handNote[@xml:id = $id])[1]"/>
    <xsl:variable name="person" as="element()?"
      select="($root//tei:person[@xml:id = ($id, $hand/@corresp ! replace(normalize-space(.), '\A#', '', ';j'))])[1]"/>
    <xsl:variable name="pname" as="element()?" select="$person/tei:persName[1]"/>
    <xsl:sequence select="((editio:register-entry(string($hand/@scribeRef)) ! editio:entry-name(.)),
                           $hand//tei:persName[1] ! normalize-space(.),
                           $hand/@scribe ! normalize-space(.),
                           if ($pname/(tei:forename | tei:surname))
                           then normalize-space(string-join(($pname/tei:forename, $pname/tei:surname), ' '))
                           else $pname ! normalize-space(.),
                           $id, 'another hand')[. ne ''][1]"/>
  </xsl:function>

  <!-- The register id of a note's hand (the person), for linking the hand's name; () if none. -->
  <xsl:function name="editio:note-hand-id" as="xs:string?">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="editio:register-id(string(editio:hand-note($note)/@scribeRef))"/>
  </xsl:function>

  <!-- The editorial interpretations (certainty) recorded inside a note. -->
  <xsl:function name="editio:note-certainties" as="element(tei:certainty)*">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note//tei:certainty"/>
  </xsl:function>

  <!-- The register entry (person, place, org, …) a pointer register.xml#ID refers to, in the given register. -->
  <xsl:function name="editio:register-entry" as="element()?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="register" as="document-node()?"/>
    <xsl:variable name="id" as="xs:string?" select="editio:register-id($pointer)"/>
    <xsl:sequence select="if (exists($id) and exists($register)) then $register//*[@xml:id = $id][1] else ()"/>
  </xsl:function>

  <!-- The register entry a pointer refers to, in the register given as the global parameter. -->
  <xsl:function name="editio:register-entry" as="element()?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="editio:register-entry($pointer, $editio:register)"/>
  </xsl:function>

  <!-- The regularised name of a register entry (persName/placeName/orgName[@type='reg'], else the first name). -->
  <xsl:function name="editio:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="names" as="element()*" select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:name)"/>
    <xsl:sequence select="normalize-space(($names[@type = 'reg'], $names)[1])"/>
  </xsl:function>

  <!-- The other (variant) names of a register entry, in document order. -->
  <xsl:function name="editio:entry-variants" as="xs:string*">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="names" as="element()*" select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:name)"/>
    <xsl:sequence select="($names except ($names[@type = 'reg'], $names)[1]) ! normalize-space(.)"/>
  </xsl:function>

  <!-- The number of an editorial note (behaviour note-editorial), the same in both outputs: its @n, else its
       position among the editorial notes of the text in document order (in a volume, of the whole text). -->
  <xsl:function name="editio:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(normalize-space($note/@n)[. ne ''], string(editio:note-position($note)))[1]"/>
  </xsl:function>

  <!-- The position of an editorial note among the editorial notes of the text, in document order; () for
       another note. -->
  <xsl:function name="editio:note-position" as="xs:integer?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="ep:editorial-note-positions(root($note))(generate-id($note))"/>
  </xsl:function>

  <!-- The positions of the editorial notes of a document's text, by generate-id: worked out once per
       document and transformation (cache). Counting the notes before a note, at every use, made a FRUS
       volume's pages quadratic in its notes (the 1936 volume, 1,299 notes: over ten minutes). -->
  <xsl:function name="ep:editorial-note-positions" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="notes" as="element(tei:note)*"
      _select="$root/tei:TEI/tei:text//tei:note[{$editio:is('note-editorial')}]"/>
    <xsl:sequence select="editio:positions($notes)"/>
  </xsl:function>

</xsl:stylesheet>
