package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.problem.SetupException;
import org.editio.project.Project;
import org.editio.transform.Stylesheets;
import org.editio.validate.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds in a row that share a {@link Compiled} compile the schemas and stylesheets once, and again only
 * when a file they were compiled from changed; a stylesheet that no longer compiles is a setup problem,
 * and once fixed compiles again.
 */
class CompiledTest {
    @TempDir
    Path tmp;

    @Test
    void warmingUpWritesNothing() throws IOException {
        Path root = tmp.resolve("project");
        Files.createDirectories(root.resolve("tei"));
        Files.copy(TestFiles.SAMPLE, root.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.REGISTER, root.resolve("tei/register.xml"));
        Project project = Project.at(root, null, null);
        java.util.List<String> before = listing(tmp);
        new Compiled().warmUp(project, Options.all(false), 2);
        java.util.List<String> after = listing(tmp);
        assertTrue(before.equals(after), () -> "files appeared: " + after);
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(dir::relativize).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void compilesAgainOnlyWhatChanged() throws IOException {
        Path root = tmp.resolve("project");
        copyTree(TestFiles.REPO.resolve("xslt"), root.resolve("xslt"));
        copyTree(TestFiles.REPO.resolve("schemas"), root.resolve("schemas"));
        Files.createDirectories(root.resolve("tei"));
        Project project = Project.at(root, null, null);
        Compiled compiled = new Compiled();

        Stylesheets sheets = compiled.stylesheets(project);
        Validation validation = compiled.validation(project, 100);
        assertSame(sheets, compiled.stylesheets(project), "unchanged stylesheets are not compiled again");
        assertSame(validation, compiled.validation(project, 100), "unchanged schemas are not compiled again");
        Validation five = compiled.validation(project, 5);
        assertNotSame(validation, five, "another problem limit is another validation");

        Path module = root.resolve("xslt/html/html_layout.xsl");
        String text = Files.readString(module);
        Files.writeString(module, text.replace("</xsl:stylesheet>", "<!-- edited --></xsl:stylesheet>"));
        Stylesheets edited = compiled.stylesheets(project);
        assertNotSame(sheets, edited, "an edited module is compiled again");
        assertSame(five, compiled.validation(project, 5), "the schemas did not change");

        Files.writeString(module, text.replace("</xsl:stylesheet>", "<xsl:bogus/></xsl:stylesheet>"));
        // Each stylesheet is compiled when first used (or prepared): the error comes then.
        SetupException e = assertThrows(SetupException.class, () -> compiled.stylesheets(project).prepareHtml());
        assertTrue(e.getMessage().contains("html_layout.xsl"), e.getMessage());
        Files.writeString(module, text);
        assertNotSame(edited, compiled.stylesheets(project), "fixed, it compiles again");

        Path rules = root.resolve("schemas/editio.sch");
        Files.writeString(rules, Files.readString(rules) + "\n<!-- edited -->\n");
        assertNotSame(five, compiled.validation(project, 5), "edited rules are compiled again");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(TestFiles.existing(from))) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
