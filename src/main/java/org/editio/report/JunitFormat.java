package org.editio.report;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.editio.problem.CodeCatalog;
import org.editio.problem.Problem;

/**
 * {@code --format junit}: JUnit XML as GitHub, GitLab and Jenkins read it. One test suite; one test case
 * per document (named by its file), with a {@code failure} per error (type = the code) and the warnings in
 * its {@code system-out}; problems of the whole run go to a test case named {@code editio}. Written with
 * Woodstox to ASCII (other characters as character references; characters XML cannot hold as U+FFFD).
 * Stateless.
 */
final class JunitFormat {
    static final String RUN_CASE = "editio";

    private JunitFormat() {
    }

    static String of(ProblemReport.Run run) {
        // By file name; "" holds the problems of the whole run.
        Map<String, List<Problem>> cases = new TreeMap<>();
        for (Path d : run.documents()) {
            cases.put(FileNames.name(d, run.base()), new ArrayList<>());
        }
        for (Problem p : run.report().problems()) {
            String name = p.file() == null ? "" : FileNames.name(p.file(), run.base());
            cases.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
        }
        long failures = run.errors();
        String suite = "editio " + run.command();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = new WstxOutputFactory().createXMLStreamWriter(bytes, "US-ASCII");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            counts(x, suite, cases.size(), failures);
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            counts(x, suite, cases.size(), failures);
            x.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<Problem>> c : cases.entrySet()) {
                testCase(x, c.getKey(), c.getValue(), run);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written: " + e.getMessage(), e);
        }
        return bytes.toString(StandardCharsets.US_ASCII) + "\n";
    }

    private static void counts(XMLStreamWriter x, String name, int tests, long failures) throws XMLStreamException {
        x.writeAttribute("name", name);
        x.writeAttribute("tests", Integer.toString(tests));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", "0");
    }

    private static void testCase(XMLStreamWriter x, String file, List<Problem> problems, ProblemReport.Run run)
            throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", clean(file.isEmpty() ? RUN_CASE : file));
        x.writeAttribute("classname", "editio." + run.command());
        if (!file.isEmpty()) {
            x.writeAttribute("file", clean(file));
        }
        StringBuilder warnings = new StringBuilder();
        for (Problem p : problems) {
            if (p.isError()) {
                x.writeCharacters("\n      ");
                x.writeStartElement("failure");
                x.writeAttribute("message", clean(p.message()));
                x.writeAttribute("type", clean(p.code()));
                x.writeCharacters(clean(detail(p, run)));
                x.writeEndElement();
            } else {
                warnings.append(detail(p, run)).append('\n');
            }
        }
        if (warnings.length() > 0) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(clean(warnings.toString()));
            x.writeEndElement();
        }
        if (!problems.isEmpty()) {
            x.writeCharacters("\n    ");
        }
        x.writeEndElement();
    }

    /** The problem's text line, and its hint on the next line. */
    private static String detail(Problem p, ProblemReport.Run run) {
        return p.format(run.base()) + CodeCatalog.hint(p.code()).map(h -> "\n  hint: " + h).orElse("");
    }

    /** The text with every character XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/F) as U+FFFD. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean surrogate = Character.isSurrogate(s.charAt(i)) && Character.charCount(c) == 1;
            boolean allowed = !surrogate && (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000);
            b.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
