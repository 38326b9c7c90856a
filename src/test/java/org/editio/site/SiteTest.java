package org.editio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing into the staged build: a file is made in folders that do not exist yet, and a staged file that is
 * a link (a hard link to the published build's file, taken over by reuse, or a symbolic link) is replaced,
 * never written through: the published build and files elsewhere keep their bytes.
 */
class SiteTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path root = dir.resolve("project");
        Files.createDirectories(root.resolve("tei"));
        return root;
    }

    private static void write(Site site, String relative, String text) throws IOException {
        try (OutputStream o = site.create(relative)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFileTakenOverAndWrittenAgainLeavesThePublishedOneAlone() throws IOException {
        Path root = project();
        Path out = dir.resolve("out");
        Site first = Site.open(out, root, root.resolve("tei"));
        write(first, "site/a.html", "one");
        first.commit(List.of("site"));
        Path published = out.resolve("site/a.html");
        assertEquals("one", Files.readString(published));

        Site second = Site.open(out, root, root.resolve("tei"));
        assertTrue(second.reuse("site/a.html"), "the published file is taken over");
        write(second, "site/a.html", "two");
        assertEquals("one", Files.readString(published), "the published build is not written through the link");
        second.commit(List.of("site"));
        assertEquals("two", Files.readString(out.resolve("site/a.html")));
    }

    @Test
    void aFileIsMadeInFoldersThatDoNotExistYet() throws IOException {
        Path root = project();
        Path out = dir.resolve("out");
        Site site = Site.open(out, root, root.resolve("tei"));
        write(site, "site/register/people/p1.html", "p1");
        write(site, "site/register/people/p2.html", "p2");
        site.commit(List.of("site"));
        assertEquals("p1", Files.readString(out.resolve("site/register/people/p1.html")));
        assertEquals("p2", Files.readString(out.resolve("site/register/people/p2.html")));
    }

    @Test
    void aSymbolicLinkInTheStagedSiteIsReplacedNotFollowed() throws IOException {
        Path root = project();
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep");
        Site site = Site.open(dir.resolve("out"), root, root.resolve("tei"));
        Path staged = site.stagedSite();
        Files.createDirectories(staged);
        Files.createSymbolicLink(staged.resolve("c.html"), elsewhere);
        write(site, "site/c.html", "page");
        assertEquals("keep", Files.readString(elsewhere));
        assertTrue(!Files.isSymbolicLink(staged.resolve("c.html")) && Files.readString(staged.resolve("c.html")).equals("page"));
        site.abandon();
    }
}
