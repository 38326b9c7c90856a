package org.editio.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.editio.problem.SetupException;

/**
 * The output folder of one build. Everything is written into a staging folder inside the output folder
 * ({@code .editio-staging}); {@link #commit} then swaps the finished {@code site/} and {@code pdf/} in,
 * so readers never see a half-written edition. Nothing is written or deleted outside the output folder.
 * Writing distinct files from several threads is safe.
 */
public final class Site {
    /** The Liberation fonts served with the site (SIL OFL 1.1), from the class path. */
    private static final List<String> FONTS = List.of("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf", "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf",
            "LiberationMono-Regular.ttf", "LICENSE");
    private static final String STAGING = ".editio-staging";
    private static final String OLD = ".editio-old";

    private final Path out;
    private final Path staging;

    private Site(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Opens a fresh staging folder in {@code out}. Refuses an output folder that is the project, holds the
     * sources or lies inside them.
     */
    public static Site open(Path out, Path projectRoot, Path sources) {
        Path o = out.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        Path tei = sources.toAbsolutePath().normalize();
        if (o.equals(root) || tei.startsWith(o) || o.startsWith(tei)) {
            throw new SetupException("refusing the output folder " + o + ": it must not be the project, contain tei/ or lie inside it");
        }
        try {
            if (Files.isSymbolicLink(o)) {
                throw new SetupException("refusing the output folder " + o + ": it is a symbolic link");
            }
            Files.createDirectories(o);
            Path staging = o.resolve(STAGING);
            Folders.deleteTree(staging, o);
            Files.createDirectories(staging.resolve("site"));
            Files.createDirectories(staging.resolve("pdf"));
            return new Site(o, staging);
        } catch (IOException e) {
            throw new SetupException("cannot prepare the output folder " + o + ": " + e.getMessage(), e);
        }
    }

    public Path out() {
        return out;
    }

    /** Opens {@code relative} (e.g. {@code site/index.html}) for writing inside the staging folder. */
    public OutputStream create(String relative) throws IOException {
        Path target = inside(relative);
        Files.createDirectories(target.getParent());
        // A staged file may be a link to the previous build's (see reuse): replace it, never write through.
        Files.deleteIfExists(target);
        return Files.newOutputStream(target);
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

    public void write(String relative, byte[] bytes) throws IOException {
        try (OutputStream o = create(relative)) {
            o.write(bytes);
        }
    }

    /** Copies a source file into the staging folder. */
    public void copy(Path source, String relative) throws IOException {
        Path target = inside(relative);
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        Files.copy(source, target);
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
     * Swaps the staged {@code parts} ("site", "pdf") into the output folder, then removes the previous
     * ones; a part that was not built stays as it was.
     */
    public void commit(List<String> parts) {
        try {
            Path old = out.resolve(OLD);
            Folders.deleteTree(old, out);
            Files.createDirectories(old);
            for (String part : parts) {
                Path live = out.resolve(part);
                if (Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(live, old.resolve(part), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging.resolve(part), live, StandardCopyOption.ATOMIC_MOVE);
            }
            Folders.deleteTree(old, out);
            Folders.deleteTree(staging, out);
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

    /** Drops the staging folder; the previous output stays as it was. */
    public void abandon() {
        try {
            Folders.deleteTree(staging, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path inside(String relative) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        return target;
    }
}
