package org.editio.validate;

import com.thaiopensource.validate.Validator;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.xml.RefusedInput;
import org.editio.xml.Whitespace;
import org.editio.xml.Xml;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates TEI documents against the edition's RelaxNG schema (Jing) and Schematron rules (SchXslt2),
 * reading each file once. Both schemas are compiled once in {@link #load}; {@link #check} is thread-safe
 * and may run for many documents at once.
 */
public final class Validation {
    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    /**
     * Larger files are refused ({@link Codes#DOCUMENT_TOO_LARGE}) before they are read: a document's tree
     * is held in memory several times its size, and FOP keeps a document's pages until it ends.
     */
    public static final long MAX_DOCUMENT_BYTES = 16_000_000L;

    private final Xml xml;
    private final RngSchema rng;
    private final SchematronRules schematron;
    private final int limit;
    private final Supplier<Whitespace> whitespace;
    /** The run's schema messages, each text kept once (a run's: not kept across runs). */
    private final java.util.concurrent.ConcurrentMap<String, String> messages = new java.util.concurrent.ConcurrentHashMap<>();

    /** Problems listed per document unless told otherwise, as compilers do (javac lists 100). */
    public static final int DEFAULT_LIMIT = 100;

    private Validation(Xml xml, RngSchema rng, SchematronRules schematron, int limit, Supplier<Whitespace> whitespace) {
        this.xml = xml;
        this.rng = rng;
        this.schematron = schematron;
        this.limit = limit;
        this.whitespace = whitespace;
    }

    /** Compiles the schemas; throws {@link org.editio.problem.SetupException} when one does not load. */
    public static Validation load(Xml xml, URL relaxNg, URL schematronRules) {
        return load(xml, relaxNg, schematronRules, DEFAULT_LIMIT);
    }

    /**
     * As {@link #load(Xml, URL, URL)}, listing at most {@code limit} problems per document (0: all). Past
     * the limit the RelaxNG validator stops reading the document, the Schematron rules are not run, and one
     * warning says so: a document far from the schema then costs no more than the limit, and the editor sees
     * the first problems, which cause most of the others.
     */
    public static Validation load(Xml xml, URL relaxNg, URL schematronRules, int limit) {
        return new Validation(xml, RngSchema.load(relaxNg), SchematronRules.compile(xml, schematronRules),
                limit <= 0 ? Integer.MAX_VALUE : limit, () -> Whitespace.KEEP);
    }

    /**
     * The same compiled schemas for a new run: the files the Schematron pointer rules open (the register)
     * are read afresh, once in that run. A Validation kept across runs (editio serve) must be renewed so.
     */
    public Validation forRun() {
        return forRun(() -> Whitespace.KEEP);
    }

    /**
     * As {@link #forRun()}, the documents' trees built without the whitespace {@code whitespace} strips
     * (asked for at the first check): the stylesheets that will read them then read them as they are.
     */
    public Validation forRun(Supplier<Whitespace> whitespace) {
        return new Validation(xml, rng, schematron.forRun(), limit, whitespace);
    }

    /** The outcome for one file: its tree (null when it could not be read) and every problem found. */
    public record Result(Path file, XdmNode document, List<Problem> problems) {
        /** Well-formed and a TEI document: something can be published from it. */
        public boolean readable() {
            return document != null;
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Parses {@code file} once (RelaxNG checks the same SAX stream) and then runs the Schematron rules. */
    public Result check(Path file) {
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                return unreadable(file, Problem.error(Codes.DOCUMENT_TOO_LARGE, String.format(java.util.Locale.ROOT,
                        "the file is %.1f MB; Editio publishes documents of up to %d MB: split it into several files",
                        size / 1e6, MAX_DOCUMENT_BYTES / 1_000_000), file, 0, 0));
            }
        } catch (IOException e) {
            return unreadable(file, Problem.error(Codes.IO, "cannot read the file: " + e.getMessage(), file, 0, 0));
        }
        ProblemCollector rngProblems = new ProblemCollector(file, Codes.RNG, limit, messages);
        Validator validator = rng.validator(rngProblems);
        XdmNode doc;
        try {
            doc = xml.parse(file, whitespace.get(), new UntilFull(validator.getContentHandler(), rngProblems));
        } catch (RefusedInput e) {
            return unreadable(file, Problem.error(e.code(), Messages.shorten(e.getMessage()),
                    file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
        } catch (SAXParseException e) {
            return unreadable(file, Problem.error(Codes.XML_MALFORMED, "not well-formed XML: " + firstLine(e.getMessage()),
                    file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
        } catch (SAXException e) {
            return unreadable(file, Problem.error(Codes.XML_MALFORMED, "not well-formed XML: " + firstLine(e.getMessage()), file, 0, 0));
        } catch (IOException e) {
            return unreadable(file, Problem.error(Codes.IO, "cannot read the file: " + e.getMessage(), file, 0, 0));
        }
        XdmNode root = rootElement(doc);
        if (root == null || !TEI_NS.equals(root.getNodeName().getNamespace())
                || !"TEI".equals(root.getNodeName().getLocalName())) {
            String found = root == null ? "no element" : root.getNodeName().getEQName();
            return unreadable(file, Problem.error(Codes.NOT_TEI,
                    "not a TEI document: the root element is " + found + ", expected Q{" + TEI_NS + "}TEI", file,
                    root == null ? 0 : root.getLineNumber(), root == null ? 0 : root.getColumnNumber()));
        }
        List<Problem> problems = new ArrayList<>(rngProblems.problems());
        if (rngProblems.full()) {
            // As the schema check stops at the limit, the Schematron rules are not run: nothing they found
            // could be listed, and a file far from the schema costs no more than its first problems.
            problems.add(Problem.warning(Codes.TOO_MANY_PROBLEMS, "the schema check of this file stopped after "
                    + limit + " problems, and the Schematron rules were not run; correct these and validate again"
                    + " (--max-problems 0 lists all)", file, 0, 0));
            return new Result(file, doc, List.copyOf(problems));
        }
        problems.addAll(schematron.check(file, doc, limit - rngProblems.problems().size()));
        return new Result(file, doc, List.copyOf(problems));
    }

    /** Woodstox appends its own "at [row,col,system-id]" line; the location is printed already. */
    private static String firstLine(String message) {
        return message == null ? "" : Messages.shorten(message.lines().findFirst().orElse("").strip());
    }

    private static Result unreadable(Path file, Problem p) {
        return new Result(file, null, List.of(p));
    }

    private static XdmNode rootElement(XdmNode doc) {
        for (XdmNode child : doc.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        return null;
    }
}
