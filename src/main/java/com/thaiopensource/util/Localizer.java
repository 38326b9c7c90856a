package com.thaiopensource.util;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Jing's message localizer, in place of Jing's own class of the same name (the jar leaves Jing's out, see
 * pom.xml): the same messages from the same bundles, but each message pattern is parsed once per thread,
 * not once per message. Jing builds a schema error's text ("element "x" not allowed here; expected the
 * element end-tag or element "a", "b" or "c"") from a pattern per quoted name and per list step, and
 * parsing those patterns was the largest single cost of validating the 4,420 Schnitzler letters (each
 * reports 100 problems): a quarter of a build's allocation samples (docs/benchmarks.md). The public methods
 * are Jing's; {@link MessageFormat#format(String, Object...)}, which Jing's class calls, is a new
 * MessageFormat for the pattern and then this same format call. Thread-safe.
 */
public class Localizer {
    private final Class<?> cls;
    private volatile ResourceBundle bundle;
    /** Each thread's parsed patterns by key: a MessageFormat is not safe for use by several threads. */
    private final ThreadLocal<Map<String, Pattern>> patterns = ThreadLocal.withInitial(HashMap::new);

    public Localizer(Class<?> cls) {
        this.cls = cls;
    }

    public String message(String key) {
        return format(key, new Object[] {});
    }

    public String message(String key, Object arg) {
        return format(key, new Object[] {arg});
    }

    public String message(String key, Object arg1, Object arg2) {
        return format(key, new Object[] {arg1, arg2});
    }

    public String message(String key, Object[] args) {
        return format(key, args);
    }

    private String format(String key, Object[] args) {
        Map<String, Pattern> mine = patterns.get();
        Pattern p = mine.get(key);
        if (p == null) {
            p = Pattern.of(getBundle().getString(key));
            mine.put(key, p);
        }
        return p.format(args);
    }

    /**
     * A message pattern. One of plain text and {@code {n}} placeholders only (most of Jing's) is filled in by
     * concatenation when its arguments are strings, which is what MessageFormat does with it; any other
     * pattern or argument goes through the parsed MessageFormat.
     */
    private static final class Pattern {
        private final MessageFormat format;
        /** The texts around the placeholders (one more than there are placeholders); null: not plain. */
        private final String[] texts;
        private final int[] arguments;

        private Pattern(MessageFormat format, String[] texts, int[] arguments) {
            this.format = format;
            this.texts = texts;
            this.arguments = arguments;
        }

        static Pattern of(String pattern) {
            MessageFormat format = new MessageFormat(pattern);
            if (pattern.indexOf('\'') >= 0) {
                return new Pattern(format, null, null);
            }
            List<String> texts = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            int from = 0;
            for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
                int close = pattern.indexOf('}', open);
                if (close < 0 || close == open + 1 || close - open > 3
                        || !pattern.substring(open + 1, close).chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return new Pattern(format, null, null);
                }
                texts.add(pattern.substring(from, open));
                arguments.add(Integer.parseInt(pattern.substring(open + 1, close)));
                from = close + 1;
            }
            texts.add(pattern.substring(from));
            for (String t : texts) {
                if (t.indexOf('}') >= 0) {
                    return new Pattern(format, null, null);
                }
            }
            return new Pattern(format, texts.toArray(new String[0]), arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(Object[] args) {
            if (texts != null && plain(args)) {
                // sized at once: Jing's lists of expected names are built by messages of messages
                int length = 0;
                for (String t : texts) {
                    length += t.length();
                }
                for (int a : arguments) {
                    length += a < args.length ? ((String) args[a]).length() : 3;
                }
                StringBuilder b = new StringBuilder(length).append(texts[0]);
                for (int i = 0; i < arguments.length; i++) {
                    // MessageFormat writes a missing argument as its placeholder
                    int a = arguments[i];
                    b.append(a < args.length ? (String) args[a] : "{" + a + "}").append(texts[i + 1]);
                }
                return b.toString();
            }
            return format.format(args);
        }

        private boolean plain(Object[] args) {
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] < args.length && !(args[arguments[i]] instanceof String)) {
                    return false;
                }
            }
            return true;
        }
    }

    private ResourceBundle getBundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            String s = cls.getName();
            int i = s.lastIndexOf('.');
            s = i > 0 ? s.substring(0, i + 1) : "";
            b = ResourceBundle.getBundle(s + "resources.Messages");
            bundle = b;
        }
        return b;
    }
}
