<?xml version="1.0" encoding="UTF-8"?>
<!--
  URLs taken from the TEI. Every URL written into the HTML or FO passes through editio:safe-url, a
  single allow-list: http, https, mailto, scheme-less relative references and fragments. Anything else
  (javascript:, data:, vbscript:, file:, … in any case, with embedded whitespace/control characters,
  or spelled with character references or percent-escapes) is refused: the function returns ().
  Register pointers (register.xml#ID) are mapped to {register-href}#ID.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:editio="urn:editio"
  xmlns:ep="urn:editio:private"
  exclude-result-prefixes="#all">

  <!-- The schemes a link may use; everything else is refused. -->
  <xsl:variable name="ep:allowed-schemes" as="xs:string+" select="('http', 'https', 'mailto')"/>

  <!-- The file name by which the TEI points into the register. -->
  <xsl:variable name="ep:register-file" static="yes" as="xs:string" select="'register.xml'"/>

  <!-- The regular expression of a register pointer (…/register.xml#ID). Static, so that editio:register-id
       gets it as a literal (_select) and Saxon compiles it once, not at every call. -->
  <xsl:variable name="ep:register-pointer-regex" static="yes" as="xs:string"
    select="'(\A|/)' || replace($ep:register-file, '\.', '\\.') || '#[^# \t\n\r]+\z'"/>

  <!-- The URL if it is allowed (with the whitespace/control characters browsers ignore removed), else (). -->
  <xsl:function name="editio:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="clean" as="xs:string" select="ep:strip-ignored(string($url))"/>
    <!-- the decoded spelling; without & or % there is nothing to decode, and $clean is already stripped -->
    <xsl:variable name="probe" as="xs:string"
      select="lower-case(if (contains($clean, '&amp;') or contains($clean, '%'))
                         then ep:strip-ignored(ep:decode-escapes($clean)) else $clean)"/>
    <xsl:choose>
      <xsl:when test="$clean = ''"/>
      <!-- a scheme-like prefix before the first / ? # : it must be an allowed scheme, in both spellings -->
      <xsl:when test="ep:has-scheme($clean) or ep:has-scheme($probe)">
        <xsl:sequence select="$clean[ep:scheme($clean) = $ep:allowed-schemes and ep:scheme($probe) = $ep:allowed-schemes]"/>
      </xsl:when>
      <!-- relative reference or fragment: no colon before the first / ? # in either spelling -->
      <xsl:otherwise>
        <xsl:sequence select="$clean"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Regular expressions on hot paths (every URL, every typed element, every date) carry Saxon's ';j' flag:
       Java's regex engine runs them, several times faster than Saxon's own, which took about a sixth of a
       page's time. They are written so that they mean exactly what the XPath regex meant: \A and \z for
       ^ and $ (Java's $ also matches before a final line break), [ \t\n\r] for \s and [^\n\r] for .
       (Java's are wider), \p{Nd} for \d, 'iu;j' for 'i' (Unicode case folding, as XPath's). Saxon's engine
       left on the pages and registers cost C2 about 1.4 s of compiling in a cold build of the 4,420 letters
       (docs/benchmarks.md, eighteenth session). -->

  <!-- Removes what URL parsers ignore: leading/trailing C0 controls and spaces, and tab/CR/LF anywhere;
       other control characters anywhere are removed as well (they have no place in a link). -->
  <xsl:function name="ep:strip-ignored" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace(replace($s, '[\p{Cc}\p{Cf}]', '', ';j'), '\A[ \t\n\r&#xA0;]+|[ \t\n\r&#xA0;]+\z', '', ';j')"/>
  </xsl:function>

  <!-- Decodes numeric (&#106; &#x6A;) and a few named (&colon; &Tab; &NewLine;) character references and
       percent-escapes, so that a disguised scheme is recognised. Used for checking only, never emitted. -->
  <xsl:function name="ep:decode-escapes" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="named" as="xs:string"
      select="replace(replace(replace(replace($s, '&amp;colon;?', ':', 'iu;j'), '&amp;tab;?', '&#9;', 'iu;j'),
                      '&amp;newline;?', '&#10;', 'iu;j'), '&amp;(amp|nbsp);?', ' ', 'iu;j')"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="$named" regex="&amp;#[xX]([0-9a-fA-F]+);?|&amp;#([0-9]+);?|%([0-9a-fA-F]{{2}})" flags=";j">
        <xsl:matching-substring>
          <xsl:variable name="cp" as="xs:integer"
            select="if (regex-group(1)) then ep:hex(regex-group(1))
                    else if (regex-group(2)) then xs:integer(regex-group(2))
                    else ep:hex(regex-group(3))"/>
          <xsl:sequence select="if ($cp ge 32 and $cp le 1114111 and not($cp = (127))) then codepoints-to-string($cp) else ' '"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring>
          <xsl:sequence select="."/>
        </xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts, '')"/>
  </xsl:function>

  <!-- The integer value of a string of hex digits (capped to stay out of overflow). -->
  <xsl:function name="ep:hex" as="xs:integer">
    <xsl:param name="h" as="xs:string"/>
    <xsl:sequence select="if (string-length($h) gt 7) then 0 else
      fold-left(string-to-codepoints(lower-case($h)), 0,
        function($acc as xs:integer, $c as xs:integer) as xs:integer {
          $acc * 16 + (if ($c ge 97) then $c - 87 else $c - 48) })"/>
  </xsl:function>

  <!-- True when a colon comes before the first / ? # (or \ , which browsers read as /): a scheme. -->
  <!-- True for a URL with a scheme: what a PDF may link to. A relative reference means nothing in a PDF
       that readers download, and a PDF reader may resolve "//host/…" against file:. -->
  <xsl:function name="editio:is-absolute" as="xs:boolean">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="ep:has-scheme($href)"/>
  </xsl:function>

  <xsl:function name="ep:has-scheme" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="contains(replace($s, '[/?#\\][^\n\r]*\z', '', ';j'), ':')"/>
  </xsl:function>

  <!-- The lower-cased scheme of a URL with a scheme; '' when the prefix is not a valid scheme name. -->
  <xsl:function name="ep:scheme" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="prefix" as="xs:string" select="lower-case(substring-before($s, ':'))"/>
    <xsl:sequence select="if (matches($prefix, '\A[a-z][a-z0-9+.\-]*\z', ';j')) then $prefix else ''"/>
  </xsl:function>

  <!-- The register id of a pointer register.xml#ID (also ../register.xml#ID); () for other pointers. -->
  <xsl:function name="editio:register-id" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="p" as="xs:string" select="normalize-space($pointer)"/>
    <xsl:sequence _select="if (matches($p, '{$ep:register-pointer-regex}', ';j')) then substring-after($p, '#') else ()"/>
  </xsl:function>

  <!-- The href for a TEI pointer with the register page given explicitly: register.xml#ID becomes
       {register-href}#ID (or #ID when register-href is empty, i.e. on the register page itself);
       #ID stays #ID; anything else goes through editio:safe-url. -->
  <xsl:function name="editio:pointer-href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:param name="register-href" as="xs:string"/>
    <xsl:variable name="id" as="xs:string?" select="editio:register-id($pointer)"/>
    <xsl:sequence select="if (exists($id)) then $register-href || '#' || $id else editio:safe-url($pointer)"/>
  </xsl:function>

  <!-- The href for a TEI pointer on the page being built: register-href from the config, except on the
       register page itself (is-register = 'true'), where register ids are same-page fragments. -->
  <xsl:function name="editio:pointer-href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="editio:pointer-href($pointer,
                            if (editio:is-register-config()) then '' else editio:config('register-href'))"/>
  </xsl:function>

  <!-- The href of the first token of a pointer attribute (whitespace-separated list), checked by
       editio:pointer-href; () as well when the whole value with its whitespace removed is refused, since
       browsers drop tabs and newlines inside URLs ('java&#9;script:' must not survive as 'java'). -->
  <xsl:function name="editio:first-safe-href" as="xs:string?">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:variable name="tokens" as="xs:string*" select="tokenize(normalize-space($pointers), ' ')"/>
    <xsl:sequence select="if (exists(editio:safe-url(replace(string($pointers), '[ \t\n\r]+', '', ';j'))))
                          then editio:pointer-href($tokens[1]) else ()"/>
  </xsl:function>

</xsl:stylesheet>
