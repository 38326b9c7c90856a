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

    /**
     * Every link annotation has a description (PDF/UA-1 7.18.5); a link inside the document says where it
     * goes by its own text (a note call: "Go to 1"), never the generic fallback, when that text is known.
     */
    @ParameterizedTest
    @MethodSource("pdfs")
    void everyLinkIsDescribed(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            java.util.List<String> descriptions = new java.util.ArrayList<>();
            for (var page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        descriptions.add(link.getContents());
                    }
                }
            }
            assertTrue(!descriptions.isEmpty(), pdf + " has no links");
            for (String d : descriptions) {
                assertTrue(d != null && (d.startsWith("Go to ") || d.startsWith("Link to ")), pdf + ": " + d);
                assertTrue(!d.equals("Go to another place in this document"), pdf + ": " + descriptions);
            }
            if (pdf.getFileName().toString().equals("wilson-112037.pdf")) {
                assertTrue(descriptions.contains("Go to 1"), "the note call: " + descriptions);
            }
        }
    }

    @Test
    void twoBuildsGiveIdenticalPdfs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("again");
        new Publisher().build(Project.at(TestFiles.REPO, out, null), new Options(false, false, true));
        Path first = SampleBuild.output().resolve("pdf/wilson-112037.pdf");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(out.resolve("pdf/wilson-112037.pdf")));
    }

    static void assertCompliant(Path pdf, PDFAFlavour flavour) throws Exception {
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
