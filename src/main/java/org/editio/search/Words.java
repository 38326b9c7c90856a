package org.editio.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * What one whitespace-separated word of a page is indexed under, by Pagefind 1.6.0's rules (its
 * {@code fossick/splitting.rs}, rewritten here and checked against Pagefind's own output by
 * SearchBundleParityTest): the word's letters and digits in lower case, stemmed (English: Editio's
 * bundles are made with Pagefind's {@code --force-language en}), folded to ASCII where it carries
 * diacritics (the form with them is kept as a variant); and, for a compound ("Beer-Hofmann",
 * "1894-09-04", "ThreeAntelopes"), each part of two or more bytes as a compound part, which shares the
 * word's weight. One instance per thread: the stemmer and the cache of stems are not thread-safe.
 */
final class Words {
    /** Characters indexed besides letters and digits: Pagefind's default (connector punctuation). */
    static final String INCLUDE = "_\u203f\u2040\u2054\ufe33\ufe34\ufe4d\ufe4e\ufe4f\uff3f";

    /** One form a word is indexed under. */
    record Indexable(String stemmed, boolean compoundPart, String original) {
    }

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> stems = new HashMap<>();

    /**
     * The forms {@code raw} is indexed under, the whole word first; with {@code afterStops}, as a word of the
     * page's text (not of a meta field), also what follows each full stop in it.
     */
    List<Indexable> of(String raw, boolean afterStops) {
        List<Indexable> out = new ArrayList<>(2);
        String normalized = letters(raw);
        if (!normalized.isEmpty()) {
            String folded = fold(normalized);
            out.add(new Indexable(stem(folded != null ? folded : normalized), false, folded != null ? normalized : null));
        }
        if (!possiblyCompound(raw)) {
            return out;
        }
        String parts = Compounds.parts(raw);
        if (!normalized.isEmpty() && (hasWhitespace(parts) || !normalized.startsWith(parts))) {
            for (String part : Text.splitWhitespace(parts)) {
                if (utf8Length(part) > 1) {
                    String folded = fold(part);
                    out.add(new Indexable(stem(folded != null ? folded : part), true, folded != null ? part : null));
                }
            }
        }
        // What follows each full stop inside the word, in letters and digits, is a part too unless it is one
        // already or a single byte ("archive.dvincitest.com/document/1" → "dvincitestcomdocument1" and
        // "comdocument1"; "8.II.1950" → "ii1950"; "[17.–21." → "21"), as Pagefind 1.6.0 indexes it.
        if (afterStops && !normalized.isEmpty()) {
            for (int dot = raw.indexOf('.'); dot >= 0; dot = raw.indexOf('.', dot + 1)) {
                String joined = letters(raw.substring(dot + 1));
                if (utf8Length(joined) > 1) {
                    String folded = fold(joined);
                    String stemmed = stem(folded != null ? folded : joined);
                    boolean known = false;
                    for (Indexable i : out) {
                        known |= i.stemmed().equals(stemmed);
                    }
                    if (!known) {
                        out.add(new Indexable(stemmed, true, folded != null ? joined : null));
                    }
                }
            }
        }
        for (String emoji : Compounds.emoji(raw)) {
            out.add(new Indexable(emoji, false, null));
        }
        return out;
    }

    /** The letters, digits and included characters of {@code raw}, lower case. */
    static String letters(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (Text.isAlphanumeric(c) || INCLUDE.indexOf(c) >= 0) {
                if (c < 128) {
                    b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
                } else if (Character.isUpperCase(c)) {
                    b.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
                } else {
                    b.appendCodePoint(c);
                }
            }
        }
        return b.toString();
    }

    private static boolean possiblyCompound(String raw) {
        boolean first = true;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (!Text.isAlphanumeric(c) || (!first && Character.isUpperCase(c))) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /** {@code word} without its combining marks after canonical decomposition, or null when that changes nothing. */
    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return null;
        }
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); ) {
            int c = nfd.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                b.appendCodePoint(c);
            }
        }
        String folded = b.toString();
        return folded.equals(word) ? null : folded;
    }

    private String stem(String word) {
        String known = stems.get(word);
        if (known == null) {
            stemmer.setCurrent(word);
            stemmer.stem();
            known = stemmer.getCurrent();
            stems.put(word, known);
        }
        return known;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Text.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n;
    }
}
