package org.editio.search;

/**
 * A small JSON writer for the bundle's fragments and entry file: strings escaped as serde_json escapes
 * them (quotation mark, backslash and control characters; everything else as it is). One per document.
 */
final class Json {
    private final StringBuilder b = new StringBuilder(1024);
    private boolean first = true;

    Json open(char c) {
        comma();
        b.append(c);
        first = true;
        return this;
    }

    Json close(char c) {
        b.append(c);
        first = false;
        return this;
    }

    Json key(String k) {
        comma();
        quote(k);
        b.append(':');
        first = true;
        return this;
    }

    Json string(String s) {
        comma();
        quote(s);
        return this;
    }

    Json number(long n) {
        comma();
        b.append(n);
        return this;
    }

    /** Raw JSON, already written. */
    Json raw(String json) {
        comma();
        b.append(json);
        return this;
    }

    private void comma() {
        if (!first) {
            b.append(',');
        }
        first = false;
    }

    private void quote(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
