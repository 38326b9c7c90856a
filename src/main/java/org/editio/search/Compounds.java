package org.editio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a compound word, as Pagefind 1.6.0 finds them ({@code get_discrete_words}): ASCII
 * punctuation becomes spaces (a soft hyphen stays in its part, as 1.6.0's output shows), then the word is split as the {@code convert_case} crate
 * splits an identifier into lower-case words (between a lower-case and an upper-case letter, before the
 * last capital of an acronym followed by a lower-case letter, between letters and digits). Stateless.
 */
final class Compounds {
    private Compounds() {
    }

    /** The parts of {@code raw}, lower case, separated by single spaces. */
    static String parts(String raw) {
        StringBuilder spaced = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            spaced.append(isAsciiPunctuation(c) ? ' ' : c);
        }
        List<String> words = new ArrayList<>();
        for (String chunk : Text.splitWhitespace(spaced.toString())) {
            split(chunk, words);
        }
        StringBuilder b = new StringBuilder(raw.length() + 4);
        for (String w : words) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(w.toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    private static void split(String chunk, List<String> into) {
        int[] cps = chunk.codePoints().toArray();
        int start = 0;
        for (int i = 0; i + 1 < cps.length; i++) {
            int a = cps[i];
            int b = cps[i + 1];
            boolean cut = (lower(a) && upper(b)) || (lower(a) && digit(b)) || (upper(a) && digit(b))
                    || (digit(a) && lower(b)) || (digit(a) && upper(b))
                    || (i + 2 < cps.length && upper(a) && upper(b) && lower(cps[i + 2]));
            if (cut) {
                into.add(new String(cps, start, i + 1 - start));
                start = i + 1;
            }
        }
        into.add(new String(cps, start, cps.length - start));
    }

    /** Lower case as Rust's full case mappings see it ("ß" upper-cases to "SS", so it is lower case). */
    private static boolean lower(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        String s = new String(Character.toChars(c));
        String low = s.toLowerCase(Locale.ROOT);
        return !s.toUpperCase(Locale.ROOT).equals(low) && s.equals(low);
    }

    private static boolean upper(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        String s = new String(Character.toChars(c));
        String up = s.toUpperCase(Locale.ROOT);
        return !up.equals(s.toLowerCase(Locale.ROOT)) && s.equals(up);
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
    }

    /**
     * The emoji in {@code raw}, each indexed as a word of its own. Java 17 has no Emoji property: the
     * pictographic blocks stand in for it (none of the corpora here has an emoji).
     */
    static List<String> emoji(String raw) {
        List<String> out = null;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 0x1f300 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new String(Character.toChars(c)));
            }
        }
        return out == null ? List.of() : out;
    }
}
