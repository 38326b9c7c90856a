package org.editio.problem;

/**
 * A problem in Editio's own setup (a schema or stylesheet that does not load, an output folder that
 * cannot be written): not the editor's document. The CLI turns it into exit code 2.
 */
public class SetupException extends RuntimeException {
    public SetupException(String message) {
        super(message);
    }

    public SetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
