package org.editio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.problem.Problem;
import org.editio.problem.SetupException;
import org.editio.validate.Validation;
import org.editio.xml.Xml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** editio new: every template gives a document valid against the edition and TEI P5; bad names are refused. */
class NewDocumentTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 17);
    private static Validation edition;
    private static Validation teiAll;

    @TempDir
    Path dir;
    private Project project;

    @BeforeAll
    static void load() throws IOException {
        Xml xml = Xml.create();
        URL sch = TestFiles.REPO.resolve("schemas/editio.sch").toUri().toURL();
        edition = Validation.load(xml, TestFiles.REPO.resolve("schemas/editio.rng").toUri().toURL(), sch);
        teiAll = Validation.load(xml, TestFiles.existing(TestFiles.TEI_ALL).toUri().toURL(), sch);
    }

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("tei"));
        Files.copy(TestFiles.REGISTER, dir.resolve("tei/register.xml"));
        Files.copy(TestFiles.SAMPLE, dir.resolve("tei/wilson-112037.xml"));
        project = Project.at(dir, null, null);
    }

    static Stream<String> types() {
        List<String> types = Project.at(TestFiles.REPO, null, null).documentTypes();
        assertTrue(types.containsAll(List.of("telegram", "letter")), types.toString());
        return types.stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void aNewDocumentIsValidOnCreationWithOnlyPlaceholderWarnings(String type) throws IOException {
        Path created = project.newDocument(type, "wilson-112038", DAY);
        assertEquals(dir.resolve("tei/wilson-112038.xml"), created);
        for (Validation v : List.of(edition, teiAll)) {
            Validation.Result r = v.check(created);
            assertEquals(List.of(), r.problems().stream().filter(Problem::isError).map(p -> p.format(dir)).toList());
            assertFalse(r.problems().isEmpty(), "the placeholders were not reported");
            assertTrue(r.problems().stream().allMatch(p -> p.code().equals("placeholder")), r.problems().toString());
        }
        String text = Files.readString(created);
        assertTrue(text.startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="urn:x-editio:schema:editio.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
                <?xml-model href="urn:x-editio:schema:editio.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>
                """), text.substring(0, 300));
        assertEquals("wilson-112038", DocumentIds.rootId(created));
        assertFalse(text.contains("${"), "a template token was left in");
        // The only normalised date is the encoding date: no date of the source is invented.
        assertEquals(List.of("2031-05-17"), matches(Pattern.compile("(?:when|notBefore|notAfter|from|to)=\"([^\"]*)\""), text));
        assertTrue(text.contains("<change when=\"2031-05-17\">"), text);
    }

    @Test
    void theIdAvoidsTheIdsOfOtherDocumentsAndOfTheTemplate() throws IOException {
        Files.writeString(dir.resolve("tei/other-name.xml"), Files.readString(TestFiles.SAMPLE)
                .replace("xml:id=\"wilson-112037\"", "xml:id=\"shtykov\""));
        assertEquals("shtykov-2", DocumentIds.rootId(project.newDocument("telegram", "shtykov", DAY)));
        assertEquals("telegram-2", DocumentIds.rootId(project.newDocument("telegram", "telegram", DAY)));
        assertEquals("d-1950-02-08", DocumentIds.rootId(project.newDocument("letter", "1950-02-08.xml", DAY)));
        assertTrue(Files.isRegularFile(dir.resolve("tei/1950-02-08.xml")));
        assertTrue(edition.check(dir.resolve("tei/telegram.xml")).problems().stream().noneMatch(Problem::isError));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "sub/doc", "sub\\doc", "..", "a..b", ".hidden", "-x", "", "register", "Register.xml", "na me", "ü"})
    void badNamesAreRefusedAndNothingIsWritten(String name) throws IOException {
        List<Path> before = tree();
        SetupException e = assertThrows(SetupException.class, () -> project.newDocument("telegram", name, DAY));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertEquals(before, tree());
    }

    @Test
    void anExistingDocumentIsNeverOverwritten() throws IOException {
        String sample = Files.readString(dir.resolve("tei/wilson-112037.xml"));
        SetupException e = assertThrows(SetupException.class, () -> project.newDocument("letter", "wilson-112037", DAY));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
        assertEquals(sample, Files.readString(dir.resolve("tei/wilson-112037.xml")));
    }

    @Test
    void unknownTypesAndProjectsWithoutTeiAreRefused() throws IOException {
        SetupException e = assertThrows(SetupException.class, () -> project.newDocument("memo", "x", DAY));
        assertTrue(e.getMessage().contains("letter, telegram"), e.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        e = assertThrows(SetupException.class, () -> Project.at(empty, null, null).newDocument("telegram", "x", DAY));
        assertTrue(e.getMessage().contains("no tei/ folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("tei/x.xml")));
    }

    @Test
    void theProjectsTemplatesWinOverTheBundledOnes() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("schemas/templates"));
        String own = Files.readString(TestFiles.REPO.resolve("schemas/templates/letter.xml"))
                .replace("[TODO: first paragraph]", "[TODO: our house opening]");
        Files.writeString(templates.resolve("letter.xml"), own);
        Files.writeString(templates.resolve("memorandum.xml"), own.replace("type=\"letter\"", "type=\"memorandum\""));
        Project p = Project.at(dir, null, null);
        assertEquals(List.of("letter", "memorandum", "telegram"), p.documentTypes());
        assertTrue(Files.readString(p.newDocument("letter", "l1", DAY)).contains("[TODO: our house opening]"));
        assertTrue(Files.readString(p.newDocument("memorandum", "m1", DAY)).contains("<div type=\"memorandum\""));
    }

    private List<Path> tree() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> matches(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
