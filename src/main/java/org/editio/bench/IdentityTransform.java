package org.editio.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.problem.SetupException;
import org.editio.xml.Xml;
import org.xml.sax.SAXException;

/**
 * Saxon's identity transform in this JVM, the practical limit: one compiled stylesheet
 * ({@code <xsl:mode on-no-match="shallow-copy"/>}), each document parsed through Editio's secure reader
 * and serialised to a file, one after the other on one thread, as Saxon's command line does with a
 * folder. The compiled stylesheet is shared; {@link #run} makes a transformer per document.
 */
final class IdentityTransform {
    static final String STYLESHEET = """
            <xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0">
              <!-- The identity transform: every node copied as it is. -->
              <xsl:mode on-no-match="shallow-copy"/>
            </xsl:stylesheet>
            """;

    private final Xml xml;
    private final XsltExecutable executable;
    private final Path file;

    private IdentityTransform(Xml xml, XsltExecutable executable, Path file) {
        this.xml = xml;
        this.executable = executable;
        this.file = file;
    }

    /** Writes the stylesheet to {@code file} (the command line reads it there too) and compiles it. */
    static IdentityTransform compile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, STYLESHEET, StandardCharsets.UTF_8);
            Xml xml = Xml.create();
            XsltExecutable e = xml.processor().newXsltCompiler().compile(Xml.source(file.toUri().toURL()));
            return new IdentityTransform(xml, e, file);
        } catch (IOException | SaxonApiException e) {
            throw new SetupException("cannot compile the identity stylesheet " + file + ": " + e.getMessage(), e);
        }
    }

    /** The stylesheet's file. */
    Path file() {
        return file;
    }

    /** Transforms each document into {@code outDir}, under its own file name. */
    void run(List<Path> documents, Path outDir) throws IOException, SAXException, SaxonApiException {
        for (Path d : documents) {
            XdmNode node = xml.parse(d);
            try (OutputStream out = Files.newOutputStream(outDir.resolve(d.getFileName().toString()))) {
                executable.load30().applyTemplates(node, xml.processor().newSerializer(out));
            }
        }
    }
}
