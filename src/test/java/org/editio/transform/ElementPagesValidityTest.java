package org.editio.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.editio.xml.Xml;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages of TableTest's and LetterElementsTest's documents (a table in a division and one in a paragraph;
 * lines, a change of hand, a postscript, images) are valid HTML5 by the Nu HTML Checker, as the sample's are
 * (Html5ValidityTest).
 */
class ElementPagesValidityTest {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    static Stream<String[]> documents() {
        return Stream.of(new String[] {"t", TableTest.TEI}, new String[] {"l", LetterElementsTest.TEI});
    }

    @ParameterizedTest
    @MethodSource("documents")
    void thePageIsValidHtml5(String id, String tei, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(id + ".html");
        Files.writeString(file, RepoStylesheets.page(SHEETS, XML, tei, id, rel -> OutputStream.nullOutputStream(), Map.of()));
        assertEquals("", org.editio.NuChecker.problems(file));
    }
}
