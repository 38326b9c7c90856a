package org.editio.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Character classes as Pagefind (Rust) sees them, which are not Java's: white space is Unicode's
 * White_Space property (a no-break space is white space, as for Rust's {@code char::is_whitespace} and
 * regex {@code \s}, unlike Java's {@code Character.isWhitespace}); a letter or digit is Alphabetic or a
 * number of any kind (Rust's {@code char::is_alphanumeric}). Stateless.
 */
final class Text {
    private Text() {
    }

    static boolean isWhitespace(int c) {
        return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    static boolean isAlphanumeric(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isAlphabetic(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The white-space-separated words of {@code s}, as Rust's {@code split_whitespace}. */
    static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isWhitespace(s.charAt(i))) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /**
     * Pagefind's {@code normalize_content}, less its decoding of character references (the text here comes
     * from a parser, decoded already): white space trimmed at both ends, each run of line breaks one space,
     * each run of two or more white-space characters one space.
     */
    static String normalize(CharSequence s) {
        int from = 0;
        int to = s.length();
        while (from < to && isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        StringBuilder b = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isWhitespace(c)) {
                int j = i;
                boolean lineBreak = false;
                while (j < to && isWhitespace(s.charAt(j))) {
                    lineBreak |= s.charAt(j) == '\n';
                    j++;
                }
                // One white-space character stays as it is, unless it is a line break.
                b.append(j - i == 1 && !lineBreak ? c : ' ');
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
