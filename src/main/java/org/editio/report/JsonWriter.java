package org.editio.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small streaming JSON writer (RFC 8259): objects, arrays, strings, integers, booleans and null,
 * indented by two spaces. Every character outside printable ASCII is written as a {@code \\u} escape
 * (surrogate pairs as two), so the text is ASCII whatever the console's encoding. Misuse (a value where a
 * name is due, unbalanced ends) throws. One instance per document; not thread-safe.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** Per open container: '{' or '[' and how many members it has so far. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private boolean nameWritten;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new int[] {'{', 0});
        return this;
    }

    JsonWriter endObject() {
        return end('{', '}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new int[] {'[', 0});
        return this;
    }

    JsonWriter endArray() {
        return end('[', ']');
    }

    JsonWriter name(String name) {
        int[] top = open.peek();
        if (top == null || top[0] != '{' || nameWritten) {
            throw new IllegalStateException("a name outside an object: " + name);
        }
        separate(top);
        string(name);
        out.append(": ");
        nameWritten = true;
        return this;
    }

    /** A string, or null. */
    JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        beforeValue();
        string(s);
        return this;
    }

    JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** The document, once every container is closed. */
    @Override
    public String toString() {
        if (!open.isEmpty() || out.length() == 0) {
            throw new IllegalStateException("the JSON document is not complete");
        }
        return out + "\n";
    }

    private JsonWriter end(char opener, char closer) {
        int[] top = open.peek();
        if (top == null || top[0] != opener || nameWritten) {
            throw new IllegalStateException("unbalanced " + closer);
        }
        open.pop();
        if (top[1] > 0) {
            newline();
        }
        out.append(closer);
        return this;
    }

    private void beforeValue() {
        int[] top = open.peek();
        if (top == null) {
            if (out.length() > 0) {
                throw new IllegalStateException("a second top-level value");
            }
            return;
        }
        if (top[0] == '{') {
            if (!nameWritten) {
                throw new IllegalStateException("a value without a name in an object");
            }
            nameWritten = false;
            return;
        }
        separate(top);
    }

    private void separate(int[] top) {
        if (top[1]++ > 0) {
            out.append(',');
        }
        newline();
    }

    private void newline() {
        out.append('\n').append("  ".repeat(open.size()));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
