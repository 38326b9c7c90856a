package org.editio.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.OpenOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.editio.problem.SetupException;

/**
 * The output folder of one build. Everything is written into a new build folder inside the output folder
 * ({@code .editio/build-N}); {@link #commit} then publishes it in one atomic rename, so readers never see a
 * half-written edition and a build killed at any moment leaves the previous output as it was
 * ({@code OUT/site} and {@code OUT/pdf} are links into the published build; see {@link Versions}).
 * Nothing is written or deleted outside the output folder, no link is followed when writing, and only
 * folders Editio made are deleted. Writing distinct files from several threads is safe; one instance per build.
 */
public final class Site {
    /** The Liberation fonts served with the site (SIL OFL 1.1), from the class path. */
    private static final List<String> FONTS = List.of("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf", "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf",
            "LiberationMono-Regular.ttf", "LICENSE");
    /** A new file only: an existing one, or a link, is never opened (and so never written through). */
    private static final OpenOption[] CREATE_NEW = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS};

    private final Path out;
    private final Versions versions;
    private final Path staging;

    private Site(Path out, Versions versions, Path staging) {
        this.out = out;
        this.versions = versions;
        this.staging = staging;
    }

    /**
     * Refuses (with a {@link SetupException}) an output folder that is or holds the project, lies in its
     * sources, or holds files Editio did not write, before anything is compiled or written.
     */
    public static void check(Path out, Path projectRoot, Path sources) {
        OutputFolder.check(out, projectRoot, sources);
    }

    /**
     * Opens a fresh build folder in {@code out}, after cleaning what an earlier killed build left. Refuses
     * (with a {@link SetupException}) an output folder that is or holds the project, lies in its sources,
     * or holds files Editio did not write ({@link OutputFolder}).
     */
    public static Site open(Path out, Path projectRoot, Path sources) {
        Path o = OutputFolder.check(out, projectRoot, sources);
        try {
            Files.createDirectories(o);
            Versions versions = new Versions(o);
            try {
                versions.prepare();
                Path staging = versions.newBuild();
                Pause.at("staging");
                return new Site(o, versions, staging);
            } catch (IOException | RuntimeException e) {
                versions.unlock();
                throw e;
            }
        } catch (IOException e) {
            throw new SetupException("cannot prepare the output folder " + o + ": " + e.getMessage(), e);
        }
    }

    public Path out() {
        return out;
    }

    /** Opens {@code relative} (e.g. {@code site/index.html}) for writing inside the build folder. */
    public OutputStream create(String relative) throws IOException {
        Path target = inside(relative);
        // Most files are new in a folder that exists: one system call, not a look at each folder and at the file.
        try {
            return createNew(target);
        } catch (NoSuchFileException e) {
            Files.createDirectories(target.getParent());
            return createNew(target);
        }
    }

    /**
     * Opens a file that must be new; one already staged (it may be a link to the previous build's, see
     * reuse) is replaced, never written through.
     */
    private static OutputStream createNew(Path target) throws IOException {
        try {
            return Files.newOutputStream(target, CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            return Files.newOutputStream(target, CREATE_NEW);
        }
    }

    /**
     * Takes the previous build's file {@code relative} (e.g. {@code site/x.html}) into the staging folder
     * unchanged: a hard link where the file system allows, else a copy. False when there is no such
     * regular file (nothing is staged then).
     */
    public boolean reuse(String relative) throws IOException {
        Path target = inside(relative);
        Path previous = out.resolve(relative).normalize();
        if (!previous.startsWith(out) || !Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, previous);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return true;
    }

    /**
     * Takes the published build's own file {@code name} (beside its manifest, e.g. {@code uses.txt}) into the
     * staging folder unchanged: a hard link where the file system allows, else a copy. False when there is none.
     */
    public boolean keepBuildFile(String name) throws IOException {
        Path previous = out.resolve(Versions.DIR).resolve(Versions.CURRENT).resolve(name);
        Path target = inside(name);
        if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, previous);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return true;
    }

    public void write(String relative, byte[] bytes) throws IOException {
        try (OutputStream o = create(relative)) {
            o.write(bytes);
        }
    }

    /** Copies a source file into the staging folder. */
    public void copy(Path source, String relative) throws IOException {
        if (Files.isSymbolicLink(source)) {
            throw new IOException("refusing to publish the symbolic link " + source);
        }
        Path target = inside(relative);
        // As create: most copies are new files in a folder that exists; the folders and an old file only when not.
        try {
            copyNew(source, target);
        } catch (NoSuchFileException e) {
            Files.createDirectories(target.getParent());
            copyNew(source, target);
        }
    }

    /** Copies to a file that must be new; one already staged is replaced, never written through. */
    private static void copyNew(Path source, Path target) throws IOException {
        try {
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Every file of the stylesheets' {@code assets/} folder (CSS, scripts) and the bundled fonts into site/assets/. */
    public void copyAssets(URL xslt) throws IOException {
        for (var asset : Assets.list(xslt)) {
            try (InputStream in = asset.getValue().openStream()) {
                write("site/assets/" + asset.getKey(), in.readAllBytes());
            }
        }
        for (String font : FONTS) {
            try (InputStream in = Site.class.getClassLoader().getResourceAsStream("liberation/" + font)) {
                if (in == null) {
                    throw new SetupException("bundled font missing: " + font);
                }
                write("site/assets/fonts/" + font, in.readAllBytes());
            }
        }
    }

    /** The staged site folder, for tools that index it in place (the search index). */
    public Path stagedSite() {
        return staging.resolve("site");
    }

    /**
     * Publishes the build: the staged {@code parts} ("site", "pdf") replace the published ones in one
     * atomic step; a part that was not built stays as it was. The previous build is then deleted.
     */
    public void commit(List<String> parts) {
        try {
            versions.publish(staging, parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + out, e);
        }
    }

    /**
     * Deletes the folder {@code dir}, which must lie strictly inside {@code within}, without following
     * links: the one way Editio deletes files.
     */
    public static void deleteTree(Path dir, Path within) throws IOException {
        Folders.deleteTree(dir, within.toAbsolutePath().normalize());
    }

    /** Drops the build folder; the previous output stays as it was. */
    public void abandon() {
        try {
            versions.discard(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file {@code relative} names in the build folder: a plain relative path (no empty, "." or ".."
     * segment, no backslash or NUL), and no link on the way to it.
     */
    private Path inside(String relative) throws IOException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IOException("refusing to write outside the output folder: " + relative);
            }
        }
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        for (Path p = target.getParent(); !p.equals(staging); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new IOException("refusing to write through the symbolic link " + p);
            }
        }
        return target;
    }
}
