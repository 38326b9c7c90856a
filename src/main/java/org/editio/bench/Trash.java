package org.editio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.editio.site.Site;

/**
 * The outputs of earlier runs, put aside (renamed into {@code OUT/.trash}) instead of deleted before the next
 * run, and deleted once, after the last measurement. On this machine's file system (ext4 without a journal)
 * creating a file right after many were deleted is many times slower than on a quiet disk: the kernel skips
 * the inodes freed in the last minutes, one by one, for every new file (measured: 16,000 files took 0.5 s of
 * system time on a quiet disk, 3.2 and 7.0 s right after 22,000 were deleted; docs/benchmarks.md). Deleting each run's
 * output before the next one made every run pay for the one before it, a build that writes 19,000 files
 * (Editio) much more than one that writes 4,420 (Saxon). Not thread-safe.
 */
final class Trash {
    static final String NAME = ".trash";
    private final Path root;
    private final Path folder;
    private int next;

    /** @param root the benchmark's output folder; the trash is {@code root/.trash} */
    Trash(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.folder = this.root.resolve(NAME);
    }

    /** Moves {@code dir} (a folder below the root) into the trash, if it exists; it is gone from its place then. */
    void discard(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (!d.startsWith(root) || d.equals(root) || d.startsWith(folder)) {
            throw new IllegalArgumentException("not a folder of the benchmark's own: " + dir);
        }
        if (!Files.exists(d, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path target;
            do {
                target = folder.resolve(String.valueOf(next++));
            } while (Files.exists(target, LinkOption.NOFOLLOW_LINKS));
            Files.move(d, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + dir + " aside: " + e.getMessage(), e);
        }
    }

    /** {@code dir} emptied (its old self put in the trash) and made again. */
    Path fresh(Path dir) {
        discard(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what the trash holds. */
    void empty() {
        try {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Site.deleteTree(folder, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
