package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema's test documents and their expected outcomes, kept together in
 * src/test/resources/schema-cases/cases.xml (document, layer, line, column, code, message).
 */
class SchemaCasesTest {
    private static final Path CASES = TestFiles.REPO.resolve("src/test/resources/schema-cases");
    private static Validation validation;

    @BeforeAll
    static void load() throws Exception {
        validation = Validation.load(Xml.create(), TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL(),
                TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL());
    }

    /** One {@code case} element of the manifest. */
    record Case(String file, String expect, String layer, int line, int column, String code, String role, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws Exception {
        XdmNode manifest = Xml.create().parse(TestFiles.existing(CASES.resolve("cases.xml")));
        List<Case> cases = new ArrayList<>();
        for (XdmNode n : manifest.select(net.sf.saxon.s9api.streams.Steps.descendant("case")).toList()) {
            if (n.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            cases.add(new Case(a(n, "file"), a(n, "expect"), a(n, "layer"), num(a(n, "line")), num(a(n, "col")),
                    a(n, "code"), a(n, "role"), a(n, "message")));
        }
        assertTrue(cases.size() > 20, "the manifest lists too few cases: " + cases.size());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hasTheExpectedOutcome(Case c) throws Exception {
        Path doc = TestFiles.existing(CASES.resolve(c.file()));
        List<Problem> problems = validation.check(doc).problems();
        if (c.expect().equals("valid")) {
            assertEquals(List.of(), problems);
            return;
        }
        List<Problem> layer = problems.stream()
                .filter(p -> c.layer().equals("rng") ? p.code().equals("rng") : p.code().equals(c.code())).toList();
        assertFalse(layer.isEmpty(), "no " + c.layer() + " problem in " + problems);
        Problem first = layer.get(0);
        assertEquals(c.line(), first.line(), first.toString());
        assertEquals(c.column(), first.column(), first.toString());
        assertTrue(layer.stream().anyMatch(p -> p.line() == c.line() && p.message().contains(c.message())),
                "no message containing «" + c.message() + "» at line " + c.line() + ": " + layer);
        String text = Files.readAllLines(doc).get(first.line() - 1);
        assertEquals('<', text.charAt(first.column() - 1), "the location is not the start of a tag: " + text);
        if (c.layer().equals("sch")) {
            assertTrue(problems.stream().noneMatch(p -> p.code().equals("rng")), "an sch case must be valid against the RelaxNG schema: " + problems);
            assertEquals(c.role().equals("warning"), !first.isError(), "severity of " + first);
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
