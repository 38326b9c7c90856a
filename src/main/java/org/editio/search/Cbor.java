package org.editio.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes CBOR (RFC 8949) as minicbor writes Pagefind's index structures: definite-length arrays,
 * integers in their shortest form, text strings. One per file written.
 */
final class Cbor {
    private final ByteArrayOutputStream out;

    Cbor(int size) {
        out = new ByteArrayOutputStream(size);
    }

    Cbor array(int n) {
        head(4, n);
        return this;
    }

    Cbor integer(long v) {
        if (v >= 0) {
            head(0, v);
        } else {
            head(1, -1 - v);
        }
        return this;
    }

    Cbor text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        head(3, b.length);
        out.write(b, 0, b.length);
        return this;
    }

    private void head(int major, long v) {
        int m = major << 5;
        if (v < 24) {
            out.write(m | (int) v);
        } else if (v < 0x100) {
            out.write(m | 24);
            out.write((int) v);
        } else if (v < 0x10000) {
            out.write(m | 25);
            out.write((int) (v >> 8));
            out.write((int) v);
        } else if (v < 0x100000000L) {
            out.write(m | 26);
            for (int s = 24; s >= 0; s -= 8) {
                out.write((int) (v >> s));
            }
        } else {
            out.write(m | 27);
            for (int s = 56; s >= 0; s -= 8) {
                out.write((int) (v >> s));
            }
        }
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
