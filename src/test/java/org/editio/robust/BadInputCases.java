package org.editio.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.TestFiles;
import org.editio.xml.Xml;

/**
 * The bad-input manifest (src/test/resources/bad-input/cases.xml) and the files of its cases: copied with
 * their placeholders filled in, or generated (the deep, big and long ones, never committed).
 */
final class BadInputCases {
    static final Path DIR = TestFiles.REPO.resolve("src/test/resources/bad-input");
    /** The committed document the generated cases are made from (a valid document without xml:id). */
    private static final Path TEMPLATE = DIR.resolve("files/named.xml");
    private static final String TEMPLATE_BODY = "<p>Its source keeps its name.</p>";

    /** One expected problem: its code, and its location when the manifest gives one (else 0). */
    record Expected(String code, int line, int column) {
    }

    /** One case of the manifest. */
    record Case(String file, String generate, String name, String id, int exit, boolean heavy, String page, List<Expected> problems) {
        @Override
        public String toString() {
            return name + (generate.isEmpty() ? "" : " (generated: " + generate + ")") + " → exit " + exit;
        }
    }

    private BadInputCases() {
    }

    static List<Case> all() {
        try {
            XdmNode manifest = Xml.create().parse(TestFiles.existing(DIR.resolve("cases.xml")));
            List<Case> cases = new ArrayList<>();
            for (XdmNode c : manifest.select(Steps.descendant("case")).toList()) {
                List<Expected> problems = new ArrayList<>();
                for (XdmNode p : c.select(Steps.child("problem")).toList()) {
                    problems.add(new Expected(a(p, "code"), num(a(p, "line")), num(a(p, "col"))));
                }
                String file = a(c, "file");
                String name = a(c, "name").isEmpty() ? Path.of(file).getFileName().toString() : a(c, "name");
                cases.add(new Case(file, a(c, "generate"), name, a(c, "id"), Integer.parseInt(a(c, "exit")),
                        a(c, "heavy").equals("true"), a(c, "page"), List.copyOf(problems)));
            }
            assertTrue(cases.size() >= 25, "the manifest lists too few cases: " + cases.size());
            return cases;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the bad-input manifest", e);
        }
    }

    /** Writes the case's file into {@code tei}, placeholders replaced by {@code values} and the case's id. */
    static void write(Case c, Path tei, Map<String, String> values) throws IOException {
        Path target = tei.resolve(c.name());
        if (!c.generate().isEmpty()) {
            generate(c.generate(), target);
            return;
        }
        byte[] bytes = Files.readAllBytes(TestFiles.existing(DIR.resolve(c.file())));
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains("${")) { // UTF-8 files; others stay byte for byte
            String text = new String(bytes, StandardCharsets.UTF_8).replace("${id}", c.id());
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replace("${" + v.getKey() + "}", v.getValue());
            }
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        Files.write(target, bytes);
    }

    private static void generate(String kind, Path target) throws IOException {
        String template = Files.readString(TEMPLATE).replace("${id}", kind);
        int at = template.indexOf(TEMPLATE_BODY);
        String head = template.substring(0, at);
        String tail = template.substring(at + TEMPLATE_BODY.length());
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            switch (kind) {
                case "deep" -> {
                    w.write(head);
                    w.write("<p>" + "<hi>".repeat(20_000) + "deep" + "</hi>".repeat(20_000) + "</p>");
                    w.write(tail);
                }
                case "big" -> {
                    w.write(head);
                    String p = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(17) + "</p>\n        ";
                    for (long written = head.length(); written < 50_000_000L; written += p.length()) {
                        w.write(p);
                    }
                    w.write(TEMPLATE_BODY + tail);
                }
                case "attribute-ref" -> {
                    w.write(head);
                    w.write("<p><persName ref=\"register.xml#" + "x".repeat(1_000_000) + "\">Nobody</persName></p>");
                    w.write(tail);
                }
                case "attribute-id" -> {
                    w.write(head.replace("xml:id=\"" + kind + "\"", "xml:id=\"long-" + "x".repeat(1_000_000) + "\""));
                    w.write(TEMPLATE_BODY + tail);
                }
                default -> throw new IllegalArgumentException("unknown generated case " + kind);
            }
        }
    }

    private static String a(XdmNode n, String name) {
        String v = n.getAttributeValue(new QName(name));
        return v == null ? "" : v;
    }

    private static int num(String s) {
        return s.isEmpty() ? 0 : Integer.parseInt(s);
    }
}
