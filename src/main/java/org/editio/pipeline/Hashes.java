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

    /**
     * A digest never updated, copied for each instance: looking SHA-256 up among the security providers
     * (reflection included) took longer than copying its state, for each of the several hashes a build makes
     * per document.
     */
    private static final MessageDigest PROTOTYPE = sha256();

    Hashes() {
        MessageDigest d;
        try {
            d = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            d = sha256();
        }
        digest = d;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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

    /**
     * The contents behind {@code url}: a file's bytes, every file of a file: folder (by relative name), a
     * resource's bytes; a folder inside the jar by its name only (the jar's contents are hashed as code).
     * Where they lie is left out, so that the same project elsewhere hashes the same.
     */
    Hashes addContents(java.net.URL url) throws IOException {
        add(url.getProtocol());
        if ("file".equals(url.getProtocol())) {
            Path p;
            try {
                p = Path.of(url.toURI());
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                throw new IOException("not a file path: " + url, e);
            }
            if (Files.isDirectory(p)) {
                return addFolder(p);
            }
            try (InputStream in = Files.newInputStream(p)) {
                return add(in);
            }
        }
        String u = url.toExternalForm();
        if (u.endsWith("/")) {
            return add(u.substring(u.indexOf("!/") + 1));
        }
        try (InputStream in = url.openStream()) {
            return add(in);
        }
    }

    /** Every regular file below {@code dir}, in name order, by its relative name and bytes; nothing if there is no folder. */
    Hashes addFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return this;
        }
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            add(dir.relativize(f).toString());
            try (InputStream in = Files.newInputStream(f)) {
                add(in);
            }
        }
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
