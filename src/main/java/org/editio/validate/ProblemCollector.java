package org.editio.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import org.editio.problem.Problem;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Jing's error handler for one document: every error becomes a located {@link Problem}, up to
 * {@code limit} of them; {@link UntilFull} then stops feeding the validator. One per document.
 */
final class ProblemCollector implements ErrorHandler {
    private final Path file;
    private final String code;
    private final int limit;
    private final List<Problem> problems = new ArrayList<>();
    private final ConcurrentMap<String, String> messages;

    /** A collector whose messages the JVM's string table keeps. */
    ProblemCollector(Path file, String code, int limit) {
        this(file, code, limit, null);
    }

    /** @param messages the run's messages so far, each kept once ({@link Messages#shorten(String, ConcurrentMap)}) */
    ProblemCollector(Path file, String code, int limit, ConcurrentMap<String, String> messages) {
        this.file = file;
        this.code = code;
        this.limit = limit;
        this.messages = messages;
    }

    /** The limit is reached: no further problem is kept. */
    boolean full() {
        return problems.size() >= limit;
    }

    @Override
    public void warning(SAXParseException e) {
        if (full()) {
            return;
        }
        problems.add(Problem.warning(code, Messages.shorten(Messages.typesInOrder(e.getMessage()), messages), file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
    }

    @Override
    public void error(SAXParseException e) {
        if (full()) {
            return;
        }
        problems.add(Problem.error(code, Messages.shorten(Messages.typesInOrder(e.getMessage()), messages), file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }

    List<Problem> problems() {
        return problems;
    }
}
