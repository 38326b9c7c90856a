package org.editio.pipeline;

import java.util.List;
import org.editio.problem.Problem;

/**
 * The outcome of a run: every problem in reading order, how many documents were checked and published,
 * and the site's files (paths below site/) that a {@link Publisher#buildOwnPagesFirst} took over from
 * the previous build unchanged although they are due to be made again (empty after any other build).
 */
public record Report(List<Problem> problems, int documents, int published, List<String> behind) {
    public Report(List<Problem> problems, int documents, int published) {
        this(problems, documents, published, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
