package org.editio.validate;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Keeps problem messages to a line an editor can read: a message quoting a megabyte attribute value is cut
 * in the middle, saying how much was left out; the types Jing names for a value no type of a choice allows
 * come in one order. Stateless.
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

    private static final String MUST_BE = "; must be ";
    private static final Pattern NEXT_TYPE = Pattern.compile(", (?=must be )| or (?=must be )");

    /**
     * {@code message} with the alternatives of Jing's "value of attribute "when" is invalid; must be an ISO
     * date, must be a year … or must be an ISO date and time" in alphabetical order. Jing collects them in a
     * hash set of objects without an order of their own, so that the same value was reported with the types
     * in another order from run to run (seen: ValidationTest). Any other message is returned as it is.
     */
    static String typesInOrder(String message) {
        int at = message == null ? -1 : message.indexOf(MUST_BE);
        if (at < 0) {
            return message;
        }
        String list = message.substring(at + 2);
        String[] types = NEXT_TYPE.split(list);
        if (types.length < 2 || !list.equals(joined(types))) {
            return message;
        }
        Arrays.sort(types);
        return message.substring(0, at + 2) + joined(types);
    }

    /** "a, b or c", as Jing lists them. */
    private static String joined(String[] types) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                b.append(i == types.length - 1 ? " or " : ", ");
            }
            b.append(types[i]);
        }
        return b.toString();
    }

    static String shorten(String message) {
        return shorten(message, null);
    }

    /**
     * As {@link #shorten(String)}; a message that {@code seen} (one map per run, shared by its threads) already
     * holds is given as the string kept there. The same schema message recurs across files (hundreds of
     * thousands in a lenient build of a corpus written for another schema, of a few hundred texts): kept once.
     * Without a map, the JVM's string table keeps it: slower (in a profile of a build of the 4,420 Schnitzler
     * letters, 446,398 messages, the string table's lookups took 0.18 processor seconds, the map's 0.06).
     */
    static String shorten(String message, java.util.concurrent.ConcurrentMap<String, String> seen) {
        if (message == null) {
            return null;
        }
        if (message.length() <= MAX) {
            if (seen == null) {
                return message.intern();
            }
            String kept = seen.putIfAbsent(message, message);
            return kept == null ? message : kept;
        }
        int keep = MAX / 2;
        int head = Character.isHighSurrogate(message.charAt(keep - 1)) ? keep - 1 : keep;
        int tail = message.length() - keep;
        tail = Character.isLowSurrogate(message.charAt(tail)) ? tail + 1 : tail;
        return message.substring(0, head) + " … [" + (tail - head) + " characters left out] … " + message.substring(tail);
    }
}
