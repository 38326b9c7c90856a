package org.editio.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Fingerprints of folders: every entry with its kind and the SHA-256 of its bytes (or a link's target). */
final class Trees {
    private Trees() {
    }

    /**
     * What a reader of an output folder sees: every file below {@code out/site} and {@code out/pdf},
     * reached through their links, with the SHA-256 of its bytes. Editio's internal folder is not included.
     */
    static Map<String, String> visible(Path out) {
        Map<String, String> files = new TreeMap<>();
        for (String part : new String[] {"site", "pdf"}) {
            Path p = out.resolve(part);
            if (Files.isDirectory(p)) {
                files.putAll(snapshot(realPath(p), part + "/", null));
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                files.put(part, "not a folder");
            }
        }
        return files;
    }

    /**
     * Every entry below {@code root} (not following links), except below {@code skip} (may be null):
     * path → "dir", "link → target" or the file's SHA-256.
     */
    static Map<String, String> snapshot(Path root, String prefix, Path skip) {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (skip != null && dir.equals(skip)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    entries.put(prefix + root.relativize(dir), "dir");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String key = prefix + root.relativize(file);
                    if (attrs.isSymbolicLink()) {
                        entries.put(key, "link → " + Files.readSymbolicLink(file));
                    } else if (attrs.isRegularFile()) {
                        entries.put(key, sha256(file));
                    } else {
                        entries.put(key, "other");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The paths whose entries differ between two fingerprints (added, removed or changed), for short failure messages. */
    static java.util.List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(expected.get(k), actual.get(k)))
                .map(k -> k + (expected.containsKey(k) ? actual.containsKey(k) ? " (changed)" : " (removed)" : " (added)")).toList();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
