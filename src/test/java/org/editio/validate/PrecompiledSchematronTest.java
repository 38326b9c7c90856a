package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Schematron rules come transpiled in the build (mvn's process-classes step), match a fresh
 * SchXslt2 transpilation, and give the same problems; any other schema is transpiled as before.
 */
class PrecompiledSchematronTest {
    private static final Path SCH = TestFiles.REPO.resolve("schemas/editio.sch");
    private static final Path INVALID = TestFiles.REPO.resolve("src/test/resources/schema-cases/invalid");

    private final Xml xml = Xml.create();

    @Test
    void theBundledRulesArePrecompiledAsSchXslt2TranspilesThem() throws Exception {
        URL sch = TestFiles.existing(SCH).toUri().toURL();
        var precompiled = PrecompiledSchematron.lookup(sch);
        assertNotNull(precompiled, "the build puts the transpiled editio.sch on the class path (mvn process-classes)");
        assertEquals(sch.toExternalForm(), precompiled.getSystemId(), "relative URIs resolve against the schema");
        XdmNode stored = xml.processor().newDocumentBuilder().build(precompiled);
        assertEquals(serialise(SchematronRules.transpile(xml, sch)), serialise(stored));
    }

    @Test
    void anotherSchemaIsTranspiledAndChecksTheSame(@TempDir Path dir) throws Exception {
        Path changed = dir.resolve("editio.sch");
        Files.writeString(changed, Files.readString(TestFiles.existing(SCH)) + "\n<!-- changed -->\n");
        URL other = changed.toUri().toURL();
        assertNull(PrecompiledSchematron.lookup(other), "one byte more: not the bundled rules");

        SchematronRules bundled = SchematronRules.compile(xml, SCH.toUri().toURL());
        SchematronRules transpiled = SchematronRules.compile(xml, other);
        List<Path> cases;
        try (Stream<Path> s = Files.list(TestFiles.existing(INVALID))) {
            cases = s.filter(p -> p.getFileName().toString().startsWith("sch-")).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no Schematron cases in " + INVALID);
        for (Path c : cases) {
            XdmNode doc = xml.parse(c);
            List<Problem> expected = transpiled.check(c, doc, Integer.MAX_VALUE);
            assertFalse(expected.isEmpty(), "the case " + c.getFileName() + " reports a problem");
            assertEquals(expected, bundled.check(c, doc, Integer.MAX_VALUE), c.getFileName().toString());
        }
    }

    private String serialise(XdmNode node) throws Exception {
        StringWriter w = new StringWriter();
        Serializer s = xml.processor().newSerializer(w);
        s.setOutputProperty(Serializer.Property.METHOD, "xml");
        s.setOutputProperty(Serializer.Property.INDENT, "no");
        s.serializeNode(node);
        return w.toString();
    }
}
