package org.editio.transform;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import org.editio.TestFiles;
import org.editio.xml.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Letters of the Schnitzler corpus (../shared) as the repository's stylesheets render them: the page and the FO. */
final class SchnitzlerLetters {
    private static final Xml XML = Xml.create();
    private static final Stylesheets SHEETS = RepoStylesheets.compile(XML);

    private SchnitzlerLetters() {
    }

    /** The TEI of letter {@code id} ("L00001"). */
    static String source(String id) throws Exception {
        return Files.readString(TestFiles.existing(TestFiles.SHARED.resolve("corpus/schnitzler/letters/" + id + ".xml")));
    }

    /** The letter's HTML page. */
    static Document page(String id) throws Exception {
        return Jsoup.parse(RepoStylesheets.page(SHEETS, XML, source(id), id, rel -> OutputStream.nullOutputStream()));
    }

    /** The letter's XSL-FO, parsed as XML (elements fo|block, fo|inline …). */
    static Document fo(String id) throws Exception {
        return Jsoup.parse(RepoStylesheets.fo(SHEETS, XML, source(id), id, Map.of(), p -> { }), "", Parser.xmlParser());
    }
}
