package org.editio.validate;

/**
 * Keeps problem messages to a line an editor can read: a message quoting a megabyte attribute value is cut
 * in the middle, saying how much was left out. Stateless.
 */
final class Messages {
    /** Longer messages are cut to about this many characters. */
    static final int MAX = 600;

    private Messages() {
    }

    /** {@code text} without leading and trailing whitespace, each run of whitespace inside it one space. */
    static String collapse(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static String shorten(String message) {
        if (message == null) {
            return null;
        }
        if (message.length() <= MAX) {
            // The same schema message recurs across files (hundreds of thousands in a lenient build of a
            // corpus written for another schema): kept once.
            return message.intern();
        }
        int keep = MAX / 2;
        int head = Character.isHighSurrogate(message.charAt(keep - 1)) ? keep - 1 : keep;
        int tail = message.length() - keep;
        tail = Character.isLowSurrogate(message.charAt(tail)) ? tail + 1 : tail;
        return message.substring(0, head) + " … [" + (tail - head) + " characters left out] … " + message.substring(tail);
    }
}
