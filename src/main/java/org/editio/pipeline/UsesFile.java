package org.editio.pipeline;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents' kinds of element use ({@link ElementUses#of}) as the last build counted them, kept in its
 * build folder ({@code uses.txt}) by skeleton (the hash of the kinds, {@link ElementUses#hash}), so that a
 * rebuild that makes the guidelines page again reads the unchanged documents' kinds here instead of parsing
 * the documents. Tab-separated lines: {@code K name parent place signature} defines the next kind number,
 * {@code D skeleton} starts a document, {@code kind n at} is one of its kinds in order.
 */
final class UsesFile {
    static final String NAME = "uses.txt";
    /** Where the published build keeps it, in the output folder. */
    static final String PATH = ".editio/current/" + NAME;

    private UsesFile() {
    }

    static void write(OutputStream out, Map<String, Map<ElementUses.Kind, int[]>> bySkeleton) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Map<ElementUses.Kind, Integer> numbers = new HashMap<>();
        for (Map.Entry<String, Map<ElementUses.Kind, int[]>> doc : bySkeleton.entrySet()) {
            for (ElementUses.Kind k : doc.getValue().keySet()) {
                if (!numbers.containsKey(k)) {
                    numbers.put(k, numbers.size());
                    w.write("K\t" + k.name() + "\t" + k.parent() + "\t" + k.place() + "\t" + escape(k.signature()) + "\n");
                }
            }
            w.write("D\t" + doc.getKey() + "\n");
            for (Map.Entry<ElementUses.Kind, int[]> e : doc.getValue().entrySet()) {
                w.write(numbers.get(e.getKey()) + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
            }
        }
        w.flush();
    }

    /** The kinds by skeleton from {@code file}; empty when there is none or it cannot be read (then documents are parsed). */
    static Map<String, Map<ElementUses.Kind, int[]>> read(Path file) {
        Map<String, Map<ElementUses.Kind, int[]>> all = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return all;
        }
        List<ElementUses.Kind> kinds = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            Map<ElementUses.Kind, int[]> doc = null;
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("K")) {
                    kinds.add(new ElementUses.Kind(f[1], f[2], Integer.parseInt(f[3]), unescape(f[4])));
                } else if (f[0].equals("D")) {
                    doc = new LinkedHashMap<>();
                    all.put(f[1], doc);
                } else {
                    doc.put(kinds.get(Integer.parseInt(f[0])), new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged file only costs parsing the documents.
            return new HashMap<>();
        }
        return all;
    }

    /** A signature's @type value may hold any character: backslash, tab, CR and LF are escaped. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'r' ? '\r' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
