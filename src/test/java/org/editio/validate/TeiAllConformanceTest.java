package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.xml.Xml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything the edition's schema accepts must be TEI P5: the sample edition and the schema's own valid
 * test documents are validated against tei_all.rng read from ../shared.
 */
class TeiAllConformanceTest {
    private static RngSchema teiAll;

    @BeforeAll
    static void load() throws Exception {
        teiAll = RngSchema.load(TestFiles.existing(TestFiles.TEI_ALL).toUri().toURL());
    }

    static Stream<Path> documents() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestFiles.REPO.resolve("tei"))) {
            s.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
        }
        Path valid = TestFiles.REPO.resolve("src/test/resources/schema-cases/valid");
        if (Files.isDirectory(valid)) {
            try (Stream<Path> s = Files.list(valid)) {
                s.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
            }
        }
        assertFalse(files.isEmpty(), "no TEI documents found");
        return files.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void isValidTeiAll(Path doc) throws Exception {
        ProblemCollector problems = new ProblemCollector(doc, "tei_all", Integer.MAX_VALUE);
        Xml.create().parse(doc, teiAll.validator(problems).getContentHandler());
        List<String> messages = problems.problems().stream().map(p -> p.format(TestFiles.REPO)).toList();
        assertEquals(List.of(), messages);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void teiAllRejectsABrokenVariant(Path doc) throws Exception {
        Path broken = Files.createTempFile("broken", ".xml");
        try {
            Files.writeString(broken, Files.readString(doc).replaceFirst("<teiHeader>", "<teiHeader><bogus/>"));
            ProblemCollector problems = new ProblemCollector(broken, "tei_all", Integer.MAX_VALUE);
            Xml.create().parse(broken, teiAll.validator(problems).getContentHandler());
            assertFalse(problems.problems().stream().noneMatch(Problem::isError), "tei_all accepted an unknown element");
        } finally {
            Files.deleteIfExists(broken);
        }
    }
}
