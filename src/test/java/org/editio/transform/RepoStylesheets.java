package org.editio.transform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.editio.TestFiles;
import org.editio.problem.Problem;
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
        return page(sheets, xml, tei, id, files, more, p -> { });
    }

    /** As above, the transformation's problems (unhandled elements …) given to {@code problems}. */
    static String page(Stylesheets sheets, Xml xml, String tei, String id, Stylesheets.Secondary files, Map<String, String> more,
            Consumer<Problem> problems) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.page(Path.of(id + ".xml"), xml.parseText(tei), new Stylesheets.Context(null, List.of(), config(id, more)), out, files, problems);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The XSL-FO of {@code tei} (configured as {@link #page}), serialised; the problems given to {@code problems}. */
    static String fo(Stylesheets sheets, Xml xml, String tei, String id, Map<String, String> more, Consumer<Problem> problems)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerHandler serializer = ((SAXTransformerFactory) SAXTransformerFactory.newInstance()).newTransformerHandler();
        serializer.setResult(new StreamResult(out));
        sheets.fo(Path.of(id + ".xml"), xml.parseText(tei), new Stylesheets.Context(null, List.of(), config(id, more)), serializer, problems);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> config(String id, Map<String, String> more) {
        Map<String, String> config = GoldenFilesTest.config("");
        config.put("id", id);
        config.putAll(more);
        return config;
    }
}
