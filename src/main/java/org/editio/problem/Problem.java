package org.editio.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One located problem in an input document: data, not an exception. Immutable and thread-safe.
 *
 * @param severity error or warning
 * @param code     stable identifier from {@link Codes} or a Schematron rule id; never a free-form text
 * @param message  what is wrong, for an editor
 * @param file     the document (may be null for problems of the whole run)
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 */
public record Problem(Severity severity, String code, String message, Path file, int line, int column) {

    /** Files first, then position, then code: the order editors read problems in. */
    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::code);

    public static Problem error(String code, String message, Path file, int line, int column) {
        return new Problem(Severity.ERROR, code, message, file, line, column);
    }

    public static Problem warning(String code, String message, Path file, int line, int column) {
        return new Problem(Severity.WARNING, code, message, file, line, column);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with another severity (used by {@code --lenient}). */
    public Problem withSeverity(Severity s) {
        return s == severity ? this : new Problem(s, code, message, file, line, column);
    }

    /**
     * {@code path:line:col: severity: message [code]}, the form Jing and compilers use; a problem of the
     * whole run reads {@code editio: severity: message [code]}.
     */
    public String format(Path relativeTo) {
        return formatAs(file == null ? null : fileName(relativeTo));
    }

    /**
     * As {@link #format(Path)}, the file printed as {@code fileName} (what {@link #fileName} gives for it): a
     * report of many problems in one file works the name out once.
     */
    public String formatAs(String fileName) {
        String where = file == null ? "editio" : fileName + ":" + line + ":" + column;
        return where + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    /**
     * The file as printed: relative to {@code base} when it lies below it, else absolute; null for a
     * problem of the whole run.
     */
    public String fileName(Path base) {
        return file == null ? null : display(file, base);
    }

    /** {@code file} relative to {@code base} when it lies below it, else absolute. */
    public static String display(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        if (base != null) {
            Path b = base.toAbsolutePath().normalize();
            if (abs.startsWith(b)) {
                return b.relativize(abs).toString();
            }
        }
        return abs.toString();
    }
}
