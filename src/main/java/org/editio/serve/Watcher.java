package org.editio.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (folders made later included) and calls {@code changed} once
 * a burst of changes has settled: {@link #QUIET_MS} without another event, or {@link #MAX_WAIT_MS} after
 * the first, so that an editor's save through a temporary file and a rename is one change. Editors' own
 * files (hidden names, {@code ~} backups, swap files) are not changes. One thread of its own; {@link #close}
 * from any thread.
 */
final class Watcher implements AutoCloseable {
    static final long QUIET_MS = 50;
    static final long MAX_WAIT_MS = 500;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /** The watched roots by their parent folders, watched too: a root made (again) later is then watched. */
    private final Map<WatchKey, Path> parents = new ConcurrentHashMap<>();
    private final java.util.Set<Path> roots = ConcurrentHashMap.newKeySet();
    private final Runnable changed;
    private final Thread thread;
    private final Path ignored;

    private Watcher(WatchService service, Path ignored, Runnable changed) {
        this.service = service;
        this.ignored = ignored;
        this.changed = changed;
        this.thread = new Thread(this::run, "editio-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code roots} (those that exist), except what lies in {@code ignored} (the output
     * folder, should it lie inside one of them: a build must not set off the next).
     */
    static Watcher start(List<Path> roots, Path ignored, Runnable changed) throws IOException {
        Watcher w = new Watcher(roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService(),
                ignored.toAbsolutePath().normalize(), changed);
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            w.roots.add(r);
            if (w.service != null && r.getParent() != null && Files.isDirectory(r.getParent())) {
                w.parents.put(r.getParent().register(w.service, ENTRY_CREATE, ENTRY_DELETE), r.getParent());
            }
            w.registerTree(r);
        }
        w.thread.start();
        return w;
    }

    private void registerTree(Path root) throws IOException {
        if (service == null || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(ignored))::iterator) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            }
        }
    }

    private void run() {
        if (service == null) {
            return;
        }
        try {
            long first = 0;
            long last = 0;
            while (true) {
                WatchKey key;
                if (first == 0) {
                    key = service.take();
                } else {
                    long now = System.nanoTime();
                    long wait = Math.min(last + ms(QUIET_MS), first + ms(MAX_WAIT_MS)) - now;
                    key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
                    if (key == null) {
                        first = 0;
                        changed.run();
                        continue;
                    }
                }
                if (relevant(key)) {
                    last = System.nanoTime();
                    if (first == 0) {
                        first = last;
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Reads the key's events; true when one of them is a change to the sources. */
    private boolean relevant(WatchKey key) {
        Path parent = parents.get(key);
        if (parent != null) {
            return rootsChanged(key, parent);
        }
        Path dir = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == OVERFLOW || dir == null) {
                relevant = true;
                continue;
            }
            Path p = dir.resolve((Path) e.context());
            if (p.toAbsolutePath().normalize().startsWith(ignored)) {
                continue;
            }
            if (e.kind() == ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(p);
                } catch (IOException ex) {
                    // a folder gone as soon as made
                }
            }
            relevant |= !editorsOwn(p.getFileName().toString());
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    /** Events in a root's parent folder: only the roots themselves count; a root made anew is watched. */
    private boolean rootsChanged(WatchKey key, Path parent) {
        boolean relevant = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            Path p = e.kind() == OVERFLOW ? null : parent.resolve((Path) e.context());
            if (p != null && roots.contains(p)) {
                relevant = true;
                if (e.kind() == ENTRY_CREATE) {
                    try {
                        registerTree(p);
                    } catch (IOException ex) {
                        // gone as soon as made
                    }
                }
            }
        }
        key.reset();
        return relevant;
    }

    /** Backup, swap and lock files of editors (vim, emacs, oXygen, VS Code), not sources. */
    static boolean editorsOwn(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Override
    public void close() {
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException e) {
            // nothing to release
        }
        thread.interrupt();
    }
}
