package org.editio.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 content hashes, as lowercase hex: what the incremental build decides by. One instance collects
 * the parts of one hash and is not thread-safe; the static helpers are.
 */
final class Hashes {
    private final MessageDigest digest;

    Hashes() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Adds a text, followed by a separator so that ("ab","c") and ("a","bc") differ. */
    Hashes add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    Hashes add(byte[] bytes) {
        digest.update(bytes);
        digest.update((byte) 0);
        return this;
    }

    Hashes add(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
        }
        digest.update((byte) 0);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(String text) {
        return new Hashes().add(text).hex();
    }

    static String ofFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Hashes().add(in).hex();
        }
    }
}
