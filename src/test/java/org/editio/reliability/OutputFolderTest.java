package org.editio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.cli.Editio;
import org.editio.pipeline.Options;
import org.editio.pipeline.Publisher;
import org.editio.project.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code editio build --out DIR} refuses, with exit code 2, a clear message and nothing written, an
 * output folder that is or holds the project, lies in its sources, is the file system's root, is a link,
 * or holds files Editio did not write; and accepts a new folder, an Editio output folder (keeping the
 * user's own files beside site/ and pdf/) and the plain site/ and pdf/ an earlier Editio wrote.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void layout() throws IOException {
        project = dir.resolve("home/editions/project");
        Files.createDirectories(project.resolve("tei/letters"));
        Files.createDirectories(project.resolve("xslt"));
        Files.copy(TestFiles.existing(TestFiles.SAMPLE), project.resolve("tei/wilson-112037.xml"));
        Files.copy(TestFiles.existing(TestFiles.REGISTER), project.resolve("tei/register.xml"));
        Files.writeString(dir.resolve("home/canary.txt"), "canary\n");
    }

    @Test
    void foldersThatHoldOrAreTheSourcesAreRefused() throws IOException {
        Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(dir.resolve("foreign/notes.txt"), "mine");
        Files.createDirectories(dir.resolve("empty"));
        Files.createSymbolicLink(dir.resolve("link-to-empty"), dir.resolve("empty"));
        Files.createSymbolicLink(dir.resolve("alias"), project);
        Files.createSymbolicLink(dir.resolve("tei-alias"), project.resolve("tei"));
        Map<String, String> why = new java.util.LinkedHashMap<>();
        why.put(project.toString(), "it is the project folder");
        why.put(project.resolve("tei").toString(), "it is the sources folder");
        why.put(project.resolve("tei/letters").toString(), "lies inside the sources");
        why.put(project.resolve("tei/new/out").toString(), "lies inside the sources");
        why.put(project.resolve("xslt").toString(), "it is the sources folder");
        why.put(project.resolve("schemas/out").toString(), "lies inside the sources");
        why.put(project.resolve("tei/..").toString(), "it is the project folder");
        why.put(project.getParent().toString(), "it contains the project");
        why.put(dir.resolve("home").toString(), "it contains the project");
        why.put("/", "it is the root of the file system");
        why.put(dir.resolve("foreign").toString(), "it holds files Editio did not write (notes.txt)");
        why.put(dir.resolve("link-to-empty").toString(), "it is a symbolic link");
        why.put(dir.resolve("alias").toString(), "it is the project folder");
        why.put(dir.resolve("tei-alias/x").toString(), "lies inside the sources");
        why.put(dir.resolve("home/canary.txt").toString(), "it is not a folder");
        for (var e : why.entrySet()) {
            Map<String, String> before = Trees.snapshot(dir, "", null);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Editio.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("build", project.toString(), "--out", e.getKey(), "--only", "html");
            assertEquals(2, code, e.getKey() + ": " + err);
            assertTrue(err.toString().contains("refusing the output folder") && err.toString().contains(e.getValue()),
                    e.getKey() + ": " + err);
            assertEquals(List.of(), Trees.differences(before, Trees.snapshot(dir, "", null)), e.getKey() + ": the refused build wrote");
        }
    }

    @Test
    void earlierOutputsAreAdoptedAndTheUsersFilesKept() throws IOException {
        // the layout of an earlier Editio: plain site/ and pdf/ folders
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("site"));
        Files.createDirectories(out.resolve("pdf"));
        Files.writeString(out.resolve("site/index.html"), "old site");
        Files.writeString(out.resolve("pdf/old.pdf"), "old pdf");
        new Publisher().build(Project.at(project, out, null), new Options(false, true, false));
        assertTrue(Files.isSymbolicLink(out.resolve("site")) && Files.isSymbolicLink(out.resolve("pdf")));
        assertTrue(Files.readString(out.resolve("site/index.html")).contains("<html"), "the new site is not published");
        assertEquals("old pdf", Files.readString(out.resolve("pdf/old.pdf")), "the PDFs not rebuilt were not kept");
        // now marked: the user's own file beside site/ is accepted and left alone
        Files.writeString(out.resolve("CNAME"), "edition.example.org\n");
        new Publisher().build(Project.at(project, out, null), new Options(false, true, false));
        assertEquals("edition.example.org\n", Files.readString(out.resolve("CNAME")));
        assertEquals("old pdf", Files.readString(out.resolve("pdf/old.pdf")));
        try (var s = Files.list(out.resolve(".editio"))) {
            assertEquals(List.of("EDITIO-OUTPUT", "build-3", "current", "lock"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "more than the marker, the pointer, the lock and one build in .editio/");
        }
    }
}
