package org.editio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.editio.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give byte-identical output: the sample edition, copied to two different places, is
 * built by two child JVMs with different working folders, output folders, time zones, locales and
 * default charsets, and every entry of the two output folders (pages, JSON, PDFs, the Pagefind index,
 * Editio's own folder) is compared byte for byte.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsInDifferentPlacesAndSettingsAreByteIdentical() throws Exception {
        Path first = build(dir.resolve("a/project"), dir.resolve("a/out"), "UTC", "en", "US", "UTF-8");
        Path second = build(dir.resolve("b/elsewhere/project"), dir.resolve("b/other-out"), "Pacific/Kiritimati", "tr", "TR", "ISO-8859-1");
        Map<String, String> a = Trees.snapshot(first, "", null);
        Map<String, String> b = Trees.snapshot(second, "", null);
        Map<String, String> visible = Trees.visible(first);
        for (String kind : List.of(".html", ".json", ".jsonld", ".bib", ".xml", ".pdf", ".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta")) {
            assertTrue(visible.keySet().stream().anyMatch(k -> k.endsWith(kind)), "the build made no " + kind + " file: " + visible.keySet());
        }
        assertEquals(List.of(), Trees.differences(a, b), "files that differ between the two builds");
        assertEquals(a, b);
    }

    /** Copies the sample project to {@code project} and runs {@code editio build} there in a child JVM. */
    private static Path build(Path project, Path out, String zone, String language, String country, String charset) throws Exception {
        Files.createDirectories(project.resolve("tei"));
        Files.copy(TestFiles.existing(TestFiles.SAMPLE), project.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.existing(TestFiles.REGISTER), project.resolve("tei/register.xml"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.timezone=" + zone, "-Duser.language=" + language,
                "-Duser.country=" + country, "-Dfile.encoding=" + charset,
                "org.editio.cli.Editio", "build", "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("TZ", zone);
        pb.environment().put("LANG", language + "_" + country + "." + charset);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the build did not end");
        assertEquals(0, p.exitValue(), log);
        return out;
    }
}
