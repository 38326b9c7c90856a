package org.editio.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.editio.problem.SetupException;

/**
 * Decides whether a folder may be a build's output folder, before anything is written. Refused: the file
 * system's root; the project itself or any folder that holds it; a folder inside the project's sources
 * (tei/, schemas/, xslt/); a symbolic link; a file; and a folder holding files Editio did not write. Paths
 * are compared as written and with their links resolved. Accepted: a new or empty folder, a folder with
 * Editio's marker ({@code .editio/EDITIO-OUTPUT}), or one with only the {@code site/} and {@code pdf/}
 * folders an earlier Editio wrote. Stateless.
 */
final class OutputFolder {
    /** What an earlier Editio left in its output folder (before the marker existed). */
    private static final Set<String> EARLIER = Set.of("site", "pdf", ".editio-staging", ".editio-old");

    private OutputFolder() {
    }

    /** Returns the absolute, normalised output folder, or throws a {@link SetupException} saying why it is refused. */
    static Path check(Path out, Path projectRoot, Path sources) {
        Path o = out.toAbsolutePath().normalize();
        if (o.getParent() == null) {
            throw refuse(o, "it is the root of the file system");
        }
        Path root = projectRoot.toAbsolutePath().normalize();
        List<Path> outs = List.of(o, resolved(o));
        for (Path project : List.of(root, resolved(root))) {
            for (Path x : outs) {
                if (x.equals(project)) {
                    throw refuse(o, "it is the project folder");
                }
                if (project.startsWith(x)) {
                    throw refuse(o, "it contains the project " + root);
                }
            }
        }
        List<Path> inputs = new ArrayList<>(List.of(sources.toAbsolutePath().normalize(), root.resolve("schemas"), root.resolve("xslt")));
        for (Path input : List.copyOf(inputs)) {
            inputs.add(resolved(input));
        }
        for (Path input : inputs) {
            for (Path x : outs) {
                if (input.equals(x)) {
                    throw refuse(o, "it is the sources folder " + input);
                }
                if (input.startsWith(x)) {
                    throw refuse(o, "it contains the sources " + input);
                }
                if (x.startsWith(input)) {
                    throw refuse(o, "it lies inside the sources " + input);
                }
            }
        }
        if (Files.isSymbolicLink(o)) {
            throw refuse(o, "it is a symbolic link");
        }
        if (Files.exists(o, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(o, "it is not a folder");
        }
        List<String> foreign = foreign(o);
        if (!foreign.isEmpty()) {
            throw refuse(o, "it holds files Editio did not write (" + String.join(", ", foreign)
                    + "); choose a new or empty folder, or one an earlier build wrote");
        }
        return o;
    }

    /** The entries that make {@code o} someone else's folder (at most five named), or none. */
    private static List<String> foreign(Path o) {
        if (!Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        boolean marked = Files.isRegularFile(o.resolve(Versions.DIR).resolve(Versions.MARKER), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(o.resolve(Versions.DIR), LinkOption.NOFOLLOW_LINKS);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(o)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                boolean ours;
                if (marked) {
                    // the user's own files beside site/ and pdf/ (a CNAME, notes) are left alone; site and pdf must be ours
                    ours = !Versions.PARTS.contains(name) || Files.isSymbolicLink(p) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                } else {
                    ours = EARLIER.contains(name) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                }
                if (!ours) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new SetupException("cannot read the output folder " + o + ": " + e.getMessage(), e);
        }
        names.sort(null);
        return names.size() > 5 ? List.of(String.join(", ", names.subList(0, 5)), "…") : names;
    }

    /** {@code p} with the links of its longest existing ancestor resolved (a folder not yet made keeps its tail). */
    private static Path resolved(Path p) {
        Path existing = p;
        Path tail = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            tail = existing.getFileName().resolve(tail);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(tail).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    private static SetupException refuse(Path o, String why) {
        return new SetupException("refusing the output folder " + o + ": " + why);
    }
}
