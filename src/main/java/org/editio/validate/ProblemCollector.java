package org.editio.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editio.problem.Problem;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Jing's error handler for one document: every error becomes a located {@link Problem}; never stops. */
final class ProblemCollector implements ErrorHandler {
    private final Path file;
    private final String code;
    private final List<Problem> problems = new ArrayList<>();

    ProblemCollector(Path file, String code) {
        this.file = file;
        this.code = code;
    }

    @Override
    public void warning(SAXParseException e) {
        problems.add(Problem.warning(code, Messages.shorten(e.getMessage()), file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
    }

    @Override
    public void error(SAXParseException e) {
        problems.add(Problem.error(code, Messages.shorten(e.getMessage()), file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }

    List<Problem> problems() {
        return problems;
    }
}
