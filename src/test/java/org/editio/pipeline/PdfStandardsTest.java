package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.project.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The sample's PDFs pass veraPDF for PDF/A-2b and PDF/UA-1, and two builds give identical bytes. */
class PdfStandardsTest {
    @BeforeAll
    static void init() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Path> pdfs() throws Exception {
        Path dir = SampleBuild.output().resolve("pdf");
        try (Stream<Path> s = Files.list(dir)) {
            var all = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertTrue(!all.isEmpty(), "no PDFs in " + dir);
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void isPdfA2b(Path pdf) throws Exception {
        assertCompliant(pdf, PDFAFlavour.PDFA_2_B);
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void isPdfUa1(Path pdf) throws Exception {
        assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void twoBuildsGiveIdenticalPdfs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("again");
        new Publisher().build(Project.at(TestFiles.REPO, out, null), new Options(false, false, true));
        Path first = SampleBuild.output().resolve("pdf/wilson-112037.pdf");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(out.resolve("pdf/wilson-112037.pdf")));
    }

    private static void assertCompliant(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), pdf.getFileName() + " is not " + flavour + ":\n" + failures);
        }
    }
}
