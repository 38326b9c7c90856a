package org.editio.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.editio.problem.Problem;
import org.editio.site.Site;

/**
 * The files one piece of work (a document, or the edition's own pages) writes into the staging folder,
 * recorded so that the next build can take them over unchanged. One per piece of work and thread.
 */
final class Outputs {
    private final Site site;
    private final List<String> files = new ArrayList<>();

    Outputs(Site site) {
        this.site = site;
    }

    OutputStream create(String relative) throws IOException {
        files.add(relative);
        return site.create(relative);
    }

    void write(String relative, byte[] bytes) throws IOException {
        files.add(relative);
        site.write(relative, bytes);
    }

    void copy(Path source, String relative) throws IOException {
        files.add(relative);
        site.copy(source, relative);
    }

    /** A record of its own for a part of this work done on another thread; {@link #recordAll} takes it in. */
    Outputs another() {
        return new Outputs(site);
    }

    /** Records the files {@code part} wrote (after those recorded so far). */
    void recordAll(Outputs part) {
        files.addAll(part.files);
    }

    /** Records a file written by another tool (the search indexer) straight into the staging folder. */
    void record(String relative) {
        files.add(relative);
    }

    /** Takes over the previous build's {@code previous} files; false (and nothing recorded) if one is gone. */
    boolean reuse(List<String> previous) throws IOException {
        for (String f : previous) {
            if (!site.reuse(f)) {
                return false;
            }
        }
        files.addAll(previous);
        return true;
    }

    /**
     * What the previous build made as {@code last}, taken over (its files linked in, its problems given to
     * {@code problems}) when it was made from {@code key}; or, with {@code behind} given, whatever its key,
     * its files then added to {@code behind} when it is out of date. Null when it cannot be taken over (a
     * file that cannot be linked: it is made again).
     */
    static Manifest.Rendered takeOver(Site site, Manifest.Rendered last, String key, Set<String> behind,
            Consumer<Problem> problems) {
        try {
            if (last == null || !(last.key().equals(key) || behind != null) || !new Outputs(site).reuse(last.files())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        last.problems().forEach(problems);
        if (!last.key().equals(key)) {
            behind.addAll(last.files());
        }
        return last;
    }

    List<String> files() {
        return List.copyOf(files);
    }
}
