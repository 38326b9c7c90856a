package org.editio.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.problem.SetupException;

/**
 * The versioned layout that makes publishing atomic:
 *
 * <pre>
 * OUT/site -&gt; .editio/current/site      (symbolic links, made once)
 * OUT/pdf  -&gt; .editio/current/pdf
 * OUT/.editio/EDITIO-OUTPUT              marker: this output folder is Editio's
 * OUT/.editio/lock                       held by the running build
 * OUT/.editio/current -&gt; build-N         the pointer, replaced in one rename(2)
 * OUT/.editio/build-N/                   a build: .editio-build (made by Editio), .editio-complete (finished), site/, pdf/
 * </pre>
 *
 * A build writes a new {@code build-N}, marks it complete and then renames a new {@code current} link over
 * the old one, so at every moment {@code OUT/site} and {@code OUT/pdf} show one complete build, old or
 * new, never a mixture and never nothing. The next build deletes leftovers: only folders with the
 * {@code .editio-build} marker, never the one {@code current} points to. An output folder written by an
 * earlier Editio ({@code site/} and {@code pdf/} as plain folders) is adopted as a build once.
 * Not thread-safe: one instance per build; a second build into the same folder at the same time is refused.
 */
final class Versions {
    static final String DIR = ".editio";
    static final String MARKER = "EDITIO-OUTPUT";
    static final String MADE = ".editio-build";
    static final String COMPLETE = ".editio-complete";
    static final String CURRENT = "current";
    static final List<String> PARTS = List.of("site", "pdf");
    private static final Pattern BUILD = Pattern.compile("build-(\\d{1,9})");
    private static final String TMP = ".editio-tmp";
    static final String LOCK = "lock";

    private final Path out;
    private final Path dir;
    private FileLock lock;

    Versions(Path out) {
        this.out = out;
        this.dir = out.resolve(DIR);
    }

    /**
     * Locks the folder against a second build, marks it as Editio's, adopts an earlier layout, repairs what
     * a killed build left and cleans up.
     */
    void prepare() throws IOException {
        Files.createDirectories(dir);
        lock();
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(marker, "This folder is written by Editio (editio build). Publish OUT/site; do not edit below .editio/.\n",
                    StandardCharsets.UTF_8);
        }
        recover();
        adoptPlainFolders();
        ensureLinks(List.of());
        clean();
    }

    /** A new, empty build folder with its {@code site/} and {@code pdf/}. */
    Path newBuild() throws IOException {
        int next = 1;
        for (Path b : marked()) {
            next = Math.max(next, number(b) + 1);
        }
        Path build = dir.resolve("build-" + next);
        Files.createDirectory(build);
        Files.writeString(build.resolve(MADE), "", StandardCharsets.UTF_8);
        for (String part : PARTS) {
            Files.createDirectory(build.resolve(part));
        }
        return build;
    }

    /**
     * Makes {@code build} the published one. The parts not in {@code built} are carried over from the
     * current build (hard links), so they stay as they were.
     */
    void publish(Path build, Collection<String> built) throws IOException {
        Optional<Path> current = current();
        for (String part : PARTS) {
            if (!built.contains(part) && current.isPresent() && Files.isDirectory(current.get().resolve(part), LinkOption.NOFOLLOW_LINKS)) {
                Folders.deleteTree(build.resolve(part), dir);
                Folders.linkTree(current.get().resolve(part), build.resolve(part));
            }
        }
        Pause.at("written");
        Files.writeString(build.resolve(COMPLETE), "", StandardCharsets.UTF_8);
        Pause.at("complete");
        point(dir.resolve(CURRENT), Path.of(build.getFileName().toString()));
        Pause.at("swapped");
        ensureLinks(built);
        clean();
        unlock();
    }

    /** Deletes an unfinished build folder (not once it is published) and lets the next build in. */
    void discard(Path build) throws IOException {
        try {
            if (!current().map(build::equals).orElse(false)) {
                Folders.deleteTree(build, dir);
            }
        } finally {
            unlock();
        }
    }

    /**
     * Takes the lock file {@code .editio/lock}, so that a second build into the same folder (which would
     * delete this build's unfinished folder as a leftover) is refused. The system drops the lock when the
     * process ends, also when it is killed.
     */
    private void lock() throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new SetupException("another build is writing into " + out + "; try again when it has finished");
        }
    }

    void unlock() throws IOException {
        if (lock != null) {
            lock.channel().close();
            lock = null;
        }
    }

    /** The build {@code current} points to, if it is one of ours and complete. */
    private Optional<Path> current() throws IOException {
        Path link = dir.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        Path target = Files.readSymbolicLink(link);
        if (target.getNameCount() != 1 || !BUILD.matcher(target.toString()).matches()) {
            return Optional.empty();
        }
        Path build = dir.resolve(target.toString());
        return isOurs(build) && Files.isRegularFile(build.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS) ? Optional.of(build) : Optional.empty();
    }

    /**
     * After a kill: a complete build newer than the current one was finished just before the swap, so it
     * becomes current (it is what that build would have published); a missing or dangling pointer
     * points to the newest complete build.
     */
    private void recover() throws IOException {
        Optional<Path> current = current();
        int now = current.map(Versions::number).orElse(0);
        Path newest = null;
        for (Path b : marked()) {
            if (Files.isRegularFile(b.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS) && number(b) > now) {
                newest = b;
                now = number(b);
            }
        }
        if (newest != null) {
            point(dir.resolve(CURRENT), Path.of(newest.getFileName().toString()));
        }
    }

    /**
     * {@code site/} or {@code pdf/} as plain folders (an earlier Editio's layout) become a build: marked
     * complete before they are moved in, so a kill during the move loses nothing (the next build finishes
     * the move). The only moment a part is missing is between its rename and its link.
     */
    private void adoptPlainFolders() throws IOException {
        List<String> plain = new ArrayList<>();
        for (String part : PARTS) {
            Path p = out.resolve(part);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                plain.add(part);
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        Path build = newBuild();
        Optional<Path> current = current();
        for (String part : PARTS) {
            if (!plain.contains(part) && current.isPresent() && Files.isDirectory(current.get().resolve(part), LinkOption.NOFOLLOW_LINKS)) {
                Folders.deleteTree(build.resolve(part), dir);
                Folders.linkTree(current.get().resolve(part), build.resolve(part));
            }
        }
        Files.writeString(build.resolve(COMPLETE), "", StandardCharsets.UTF_8);
        point(dir.resolve(CURRENT), Path.of(build.getFileName().toString()));
        for (String part : plain) {
            Folders.deleteTree(build.resolve(part), dir);
            Files.move(out.resolve(part), build.resolve(part), StandardCopyOption.ATOMIC_MOVE);
            link(part);
        }
    }

    /** Links {@code OUT/part} to {@code .editio/current/part} where missing, for parts just built or holding files. */
    private void ensureLinks(Collection<String> built) throws IOException {
        Optional<Path> current = current();
        if (current.isEmpty()) {
            return;
        }
        for (String part : PARTS) {
            Path in = current.get().resolve(part);
            Path live = out.resolve(part);
            if (Files.isSymbolicLink(live) && !Files.readSymbolicLink(live).equals(Path.of(DIR, CURRENT, part))) {
                link(part); // a link of ours that someone re-aimed: aim it back
                continue;
            }
            if (Files.exists(live, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(in, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean holdsFiles;
            try (DirectoryStream<Path> s = Files.newDirectoryStream(in)) {
                holdsFiles = s.iterator().hasNext();
            }
            if (built.contains(part) || holdsFiles) {
                link(part);
            }
        }
    }

    private void link(String part) throws IOException {
        point(out.resolve(part), Path.of(DIR, CURRENT, part));
    }

    /** Deletes every marked build but the current one, and leftover temporary links. */
    private void clean() throws IOException {
        Optional<Path> current = current();
        for (Path b : marked()) {
            if (current.isEmpty() || !b.equals(current.get())) {
                Folders.deleteTree(b, dir);
            }
        }
        for (Path folder : List.of(dir, out)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*" + TMP)) {
                for (Path p : s) {
                    if (Files.isSymbolicLink(p)) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** Makes {@code link} a symbolic link to {@code target}, atomically replacing the link that was there. */
    private static void point(Path link, Path target) throws IOException {
        Path tmp = link.resolveSibling(link.getFileName() + TMP);
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, target);
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The build folders Editio made (plain folders named build-N holding the marker), oldest first. */
    private List<Path> marked() throws IOException {
        List<Path> builds = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "build-*")) {
            for (Path p : s) {
                if (BUILD.matcher(p.getFileName().toString()).matches() && isOurs(p)) {
                    builds.add(p);
                }
            }
        }
        builds.sort((a, b) -> Integer.compare(number(a), number(b)));
        return builds;
    }

    private static boolean isOurs(Path build) {
        return Files.isDirectory(build, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(build.resolve(MADE), LinkOption.NOFOLLOW_LINKS);
    }

    private static int number(Path build) {
        Matcher m = BUILD.matcher(build.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
