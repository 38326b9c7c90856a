package org.editio.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.editio.xml.Xml;
import org.xml.sax.InputSource;

/**
 * Schematron rules transpiled by SchXslt2 when the jar is built ({@code mvn package} runs {@link #main}
 * on the bundled {@code schemas/editio.sch}), so that a run whose rules are byte for byte the bundled ones
 * skips compiling SchXslt2's transpiler, most of a cold {@code editio validate}. A transpiled schema is
 * named by the SHA-256 of the transpiler's bytes and the schema's bytes ({@code /editio/schematron/KEY.xsl});
 * any other schema, or another SchXslt2, finds nothing and is transpiled as before. A schema that includes
 * other files is never precompiled: its bytes do not say what it means. Nothing is written at run time.
 * Stateless and thread-safe.
 */
final class PrecompiledSchematron {
    static final String FOLDER = "editio/schematron/";

    private PrecompiledSchematron() {
    }

    /**
     * The transpiled rules for {@code schematron} from the class path, read with the schematron's URL as
     * their system id (so relative URIs in the rules resolve as in a fresh transpilation), or null.
     */
    static Source lookup(URL schematron) {
        URL found;
        try {
            found = PrecompiledSchematron.class.getResource("/" + FOLDER + key(schematron) + ".xsl");
        } catch (IOException e) {
            return null;
        }
        if (found == null) {
            return null;
        }
        InputSource in = new InputSource(found.toExternalForm());
        in.setSystemId(schematron.toExternalForm());
        try {
            in.setByteStream(found.openStream());
        } catch (IOException e) {
            return null;
        }
        return new SAXSource(Xml.newReader(), in);
    }

    /** SHA-256 (hex) of SchXslt2's transpiler followed by the schema's bytes. */
    static String key(URL schematron) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream t = SchematronRules.class.getResourceAsStream(SchematronRules.TRANSPILER)) {
                if (t == null) {
                    throw new IOException("SchXslt2 is missing from the class path");
                }
                sha.update(t.readAllBytes());
            }
            try (InputStream s = schematron.openStream()) {
                sha.update(s.readAllBytes());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * Build time: {@code SCHEMA OUT} transpiles SCHEMA into {@code OUT/editio/schematron/KEY.xsl}, unless it
     * includes other files (then it writes nothing and says so).
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PrecompiledSchematron SCHEMA.sch OUTPUT-FOLDER");
            System.exit(2);
        }
        URL schema = Path.of(args[0]).toAbsolutePath().toUri().toURL();
        Xml xml = Xml.create();
        XdmNode sch = xml.processor().newDocumentBuilder().build(Xml.source(schema));
        boolean includes = xml.processor().newXPathCompiler().evaluate(
                "exists(//*[namespace-uri() = ('http://purl.oclc.org/dsdl/schematron', 'http://www.w3.org/1999/XSL/Transform')"
                        + " and (local-name() = ('include', 'import') or local-name() = 'extends' and @href)])", sch).itemAt(0).getStringValue().equals("true");
        if (includes) {
            System.err.println("not precompiled: " + schema + " includes other files");
            return;
        }
        Path out = Path.of(args[1]).resolve(FOLDER).resolve(key(schema) + ".xsl");
        Files.createDirectories(out.getParent());
        Serializer s = xml.processor().newSerializer(out.toFile());
        s.setOutputProperty(Serializer.Property.METHOD, "xml");
        s.setOutputProperty(Serializer.Property.INDENT, "no");
        s.serializeNode(SchematronRules.transpile(xml, schema));
    }
}
