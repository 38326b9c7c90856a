package org.editio.transform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.xml.Xml;

/** The repository's stylesheets (xslt/) compiled for a test, and a page made with them from TEI given as text. */
final class RepoStylesheets {
    private RepoStylesheets() {
    }

    static Stylesheets compile(Xml xml) {
        return Stylesheets.compile(xml, name -> {
            try {
                return TestFiles.REPO.resolve("xslt").resolve(name).toUri().toURL();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The HTML page of {@code tei} (document id {@code id}, GoldenFilesTest's configuration otherwise), its
     * files beside the page opened through {@code files}; problems are ignored.
     */
    static String page(Stylesheets sheets, Xml xml, String tei, String id, Stylesheets.Secondary files) throws Exception {
        return page(sheets, xml, tei, id, files, Map.of());
    }

    /** As {@link #page(Stylesheets, Xml, String, String, Stylesheets.Secondary)}, with more configuration ({@code part} …). */
    static String page(Stylesheets sheets, Xml xml, String tei, String id, Stylesheets.Secondary files, Map<String, String> more)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> config = GoldenFilesTest.config("");
        config.put("id", id);
        config.putAll(more);
        sheets.page(Path.of(id + ".xml"), xml.parseText(tei), new Stylesheets.Context(null, List.of(), config), out, files, p -> { });
        return out.toString(StandardCharsets.UTF_8);
    }
}
