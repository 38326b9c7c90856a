package org.editio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.editio.problem.SetupException;

/**
 * The first {@code size} documents of the corpus (sorted by file name), copied into
 * {@code OUT/bench-size/tei} (or {@code OUT/bench-pdf-size/tei}) so that every approach reads the same files from the same disk. Immutable.
 *
 * @param folder {@code OUT/bench-size}: the project, and the outputs of every approach below it
 * @param files  the copied documents, in order
 * @param bytes  their total size
 */
record Workload(int size, Path folder, List<Path> files, long bytes) {
    Path tei() {
        return folder.resolve("tei");
    }

    /** The corpus's {@code *.xml} files, sorted by name; a setup error when there are none. */
    static List<Path> corpus(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SetupException("no such corpus folder: " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(f -> f.getFileName().toString().endsWith(".xml")).filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
            if (files.isEmpty()) {
                throw new SetupException("the corpus folder holds no *.xml file: " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new SetupException("cannot read the corpus folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the first {@code size} files of {@code corpus} into a fresh {@code out/name/tei}; an earlier
     * {@code out/name} goes into {@code trash}.
     */
    static Workload prepare(List<Path> corpus, int size, Path out, String name, Trash trash) {
        Path root = out.toAbsolutePath().normalize();
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(root);
            trash.discard(folder);
            Path tei = Files.createDirectories(folder.resolve("tei"));
            long bytes = 0;
            List<Path> copies = new java.util.ArrayList<>();
            for (Path f : corpus.subList(0, size)) {
                Path copy = Files.copy(f, tei.resolve(f.getFileName().toString()));
                copies.add(copy);
                bytes += Files.size(copy);
            }
            return new Workload(size, folder, List.copyOf(copies), bytes);
        } catch (IOException | UncheckedIOException e) {
            throw new SetupException("cannot prepare " + folder + ": " + e.getMessage(), e);
        }
    }
}
