package org.editio.bench;

/**
 * The edits the benchmark's rebuilds measure, made on a document's original text: a word in its first
 * paragraph of the body (what it says changes, not which elements it uses), or paragraphs more after that
 * paragraph (which elements it uses changes too). A document without a paragraph in its body gets a comment
 * after its root element instead: its bytes change, not its meaning.
 */
final class Edits {
    private Edits() {
    }

    /** The text with the word "benchword{n}" at the start of its first paragraph in the body. */
    static String word(String text, int n) {
        int start = firstParagraph(text);
        if (start < 0) {
            return comment(text, n);
        }
        int close = text.indexOf('>', start) + 1;
        return text.substring(0, close) + "benchword" + n + " " + text.substring(close);
    }

    /** The text with {@code n} paragraphs more after its first paragraph in the body. */
    static String paragraphs(String text, int n) {
        int start = firstParagraph(text);
        int end = start < 0 ? -1 : text.indexOf("</p>", start);
        if (end < 0) {
            return comment(text, n);
        }
        end += "</p>".length();
        return text.substring(0, end) + "<p>bench paragraph</p>".repeat(n) + text.substring(end);
    }

    /** Where the first {@code <p>} (or {@code <p …>}, not empty) after {@code <body} starts; -1 when none. */
    private static int firstParagraph(String text) {
        int body = text.indexOf("<body");
        for (int i = body < 0 ? -1 : text.indexOf("<p", body); i >= 0; i = text.indexOf("<p", i + 2)) {
            char next = i + 2 < text.length() ? text.charAt(i + 2) : '/';
            int close = text.indexOf('>', i);
            if ((next == '>' || Character.isWhitespace(next)) && close > 0 && text.charAt(close - 1) != '/') {
                return i;
            }
        }
        return -1;
    }

    private static String comment(String text, int n) {
        return text.stripTrailing() + "\n<!-- bench edit " + n + " -->\n";
    }
}
