package org.editio.pipeline;

import java.util.List;
import org.editio.problem.Problem;

/**
 * The outcome of a run: every problem in reading order, and how many documents were checked and published.
 */
public record Report(List<Problem> problems, int documents, int published) {
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
