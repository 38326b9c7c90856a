package org.editio.validate;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.lib.ErrorReporter;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.problem.Codes;
import org.editio.problem.Problem;
import org.editio.problem.Severity;
import org.editio.problem.SetupException;
import org.editio.xml.Xml;

/**
 * ISO Schematron rules compiled once with SchXslt2 (on Saxon) into an {@link XsltExecutable}, shared by
 * all threads (the bundled rules come transpiled in the jar: PrecompiledSchematron); each {@link #check}
 * uses its own transformer. SVRL results become located problems: the
 * {@code @location} path is evaluated on the line-numbered source tree. The SVRL holds only the failed
 * asserts and successful reports (no fired-rule or active-pattern records, which nothing reads), and the
 * files the rules open are read once per run ({@link PointerFiles}).
 */
final class SchematronRules {
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    static final String TRANSPILER = "/content/transpile.xsl";
    private static final String SCHXSLT = "http://dmaus.name/ns/2023/schxslt";
    /** SchXslt2's static parameters for the SVRL records that only trace the run. */
    private static final List<String> TRACE_REPORTS = List.of("report-fired-rule", "report-active-pattern", "report-suppressed-rule");

    private final Xml xml;
    private final XsltExecutable rules;
    private final PointerFiles files;

    private SchematronRules(Xml xml, XsltExecutable rules) {
        this.xml = xml;
        this.rules = rules;
        this.files = new PointerFiles(xml.processor());
    }

    /** The same compiled rules with an empty cache of pointer files, for a new run. */
    SchematronRules forRun() {
        return new SchematronRules(xml, rules);
    }

    /** Compiles the rules: from their precompiled transpilation when the jar has one (PrecompiledSchematron). */
    static SchematronRules compile(Xml xml, URL schematron) {
        try {
            XsltCompiler compiler = xml.processor().newXsltCompiler();
            javax.xml.transform.Source precompiled = PrecompiledSchematron.lookup(schematron);
            return new SchematronRules(xml, compiler.compile(precompiled != null ? precompiled
                    : transpile(xml, schematron).asSource()));
        } catch (SaxonApiException e) {
            throw new SetupException("cannot compile the Schematron rules " + schematron + ": " + e.getMessage(), e);
        }
    }

    /** SchXslt2's transpilation of {@code schematron}: the rules as an XSLT stylesheet, based at the schema's URL. */
    static XdmNode transpile(Xml xml, URL schematron) {
        URL transpiler = SchematronRules.class.getResource(TRANSPILER);
        if (transpiler == null) {
            throw new SetupException("SchXslt2 is missing from the class path (" + TRANSPILER + ")");
        }
        try {
            XsltCompiler compiler = xml.processor().newXsltCompiler();
            XsltCompiler transpilerCompiler = xml.processor().newXsltCompiler();
            for (String report : TRACE_REPORTS) {
                transpilerCompiler.setParameter(new QName(SCHXSLT, report), new XdmAtomicValue(false));
            }
            // without those records SchXslt2 has an empty xsl:for-each, which Saxon warns about on stderr
            ErrorReporter reporter = transpilerCompiler.getErrorReporter();
            transpilerCompiler.setErrorReporter(e -> {
                if (!e.isWarning()) {
                    reporter.report(e);
                }
            });
            Xslt30Transformer transpile = transpilerCompiler.compile(Xml.source(transpiler)).load30();
            XdmDestination compiled = new XdmDestination();
            compiled.setBaseURI(schematron.toURI());
            XdmNode sch = xml.processor().newDocumentBuilder().build(Xml.source(schematron));
            transpile.setGlobalContextItem(sch);
            transpile.applyTemplates(sch, compiled);
            return compiled.getXdmNode();
        } catch (SaxonApiException | java.net.URISyntaxException e) {
            throw new SetupException("cannot compile the Schematron rules " + schematron + ": " + e.getMessage(), e);
        }
    }

    /** The document's Schematron problems, the first {@code limit} located and listed, the rest counted. */
    List<Problem> check(Path file, XdmNode document, int limit) {
        List<Problem> problems = new ArrayList<>();
        XdmDestination svrl = new XdmDestination();
        try {
            Xslt30Transformer t = rules.load30();
            t.setResourceResolver(files);
            t.setGlobalContextItem(document);
            t.applyTemplates(document, svrl);
        } catch (SaxonApiException e) {
            problems.add(Problem.error(Codes.SCHEMATRON_FAILED, "the Schematron rules could not run: " + Messages.shorten(e.getMessage()), file, 0, 0));
            return problems;
        }
        List<XdmNode> results = svrl.getXdmNode().select(net.sf.saxon.s9api.streams.Steps.descendant())
                .filter(SchematronRules::isResult).toList();
        int kept = Math.max(0, Math.min(limit, results.size()));
        for (XdmNode n : results.subList(0, kept)) {
            String location = n.getAttributeValue(new QName("location"));
            int[] lc = xml.locate(document, location);
            String id = n.getAttributeValue(new QName("id"));
            String role = n.getAttributeValue(new QName("role"));
            String text = n.select(net.sf.saxon.s9api.streams.Steps.child(SVRL, "text")).asString();
            Severity sev = isWarningRole(role) ? Severity.WARNING : Severity.ERROR;
            problems.add(new Problem(sev, id == null ? "schematron" : id, Messages.shorten(Messages.collapse(text)), file, lc[0], lc[1]));
        }
        if (kept < results.size()) {
            problems.add(Problem.warning(org.editio.problem.Codes.TOO_MANY_PROBLEMS, (results.size() - kept)
                    + " more Schematron problems in this file are not listed (--max-problems 0 lists all)", file, 0, 0));
        }
        return problems;
    }

    private static boolean isResult(XdmNode n) {
        if (n.getNodeName() == null || !SVRL.equals(n.getNodeName().getNamespace())) {
            return false;
        }
        String local = n.getNodeName().getLocalName();
        return local.equals("failed-assert") || local.equals("successful-report");
    }

    private static boolean isWarningRole(String role) {
        if (role == null) {
            return false;
        }
        String r = role.toLowerCase(Locale.ROOT);
        return r.equals("warning") || r.equals("warn") || r.equals("info") || r.equals("information");
    }
}
