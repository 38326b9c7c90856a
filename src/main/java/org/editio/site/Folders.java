package org.editio.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deleting Editio's own folders: never follows a link, never leaves {@code within}. */
final class Folders {
    private Folders() {
    }

    static void deleteTree(Path dir, Path within) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        if (!d.startsWith(within) || d.equals(within)) {
            throw new IOException("refusing to delete " + d + ": not inside " + within);
        }
        if (!Files.exists(d, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(d, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
