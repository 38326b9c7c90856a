package org.editio.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one catalog of problem codes: what each code means and, where it helps, what to do about it. It
 * covers Editio's own {@link Codes}, the rule ids of schemas/editio.sch and the codes the stylesheets raise
 * ({@code codes.properties} beside this class). Loaded once; immutable and thread-safe.
 */
public final class CodeCatalog {
    /**
     * @param code the stable code
     * @param what what the problem means
     * @param hint what to do about it, or null
     */
    public record Entry(String code, String what, String hint) {
        public Optional<String> optionalHint() {
            return Optional.ofNullable(hint);
        }
    }

    private static final Map<String, Entry> ENTRIES = load();

    private CodeCatalog() {
    }

    /** The entry for {@code code}, if the catalog has one (a project's own Schematron ids may not). */
    public static Optional<Entry> entry(String code) {
        return Optional.ofNullable(ENTRIES.get(code));
    }

    /** What to do about a problem with {@code code}, where the catalog says. */
    public static Optional<String> hint(String code) {
        return entry(code).flatMap(Entry::optionalHint);
    }

    /** Every entry, in the order of their codes. */
    public static Map<String, Entry> entries() {
        return ENTRIES;
    }

    private static Map<String, Entry> load() {
        Properties p = new Properties();
        try (InputStream in = CodeCatalog.class.getResourceAsStream("codes.properties")) {
            if (in == null) {
                throw new IllegalStateException("codes.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.endsWith(".what") && !key.endsWith(".hint")) {
                throw new IllegalStateException("codes.properties: " + key + " is neither CODE.what nor CODE.hint");
            }
            String code = key.substring(0, key.lastIndexOf('.'));
            String what = p.getProperty(code + ".what");
            if (what == null || what.isBlank()) {
                throw new IllegalStateException("codes.properties: " + code + " has no .what");
            }
            String hint = p.getProperty(code + ".hint");
            entries.put(code, new Entry(code, what.strip(), hint == null || hint.isBlank() ? null : hint.strip()));
        }
        return java.util.Collections.unmodifiableMap(entries);
    }
}
