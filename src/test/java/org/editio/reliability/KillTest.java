package org.editio.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.editio.pipeline.Options;
import org.editio.pipeline.Publisher;
import org.editio.pipeline.Report;
import org.editio.problem.SetupException;
import org.editio.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at any moment of a build leaves the published output exactly as it was (or, once the new build
 * was swapped in, exactly the new build), and the next build succeeds and removes what the killed one
 * left. The builds run as child JVMs (Editio's main class on this class path) and are killed with
 * SIGKILL (destroyForcibly): at each phase of publishing, where a test-only property pauses them, and
 * after fixed delays. Each killed build publishes a different version of the sample, so an old and a new
 * output can be told apart. While a build is paused, a second build into the same folder is refused.
 */
class KillTest {
    private static final String[] PHASES = {"staging", "written", "complete"};
    private static final long[] DELAYS_MS = {1_000, 3_000, 6_000};

    @TempDir
    Path dir;

    private Path project;
    private Path out;

    @Test
    void aKilledBuildLeavesThePreviousOutputAsItWas() throws Exception {
        project = dir.resolve("project");
        out = dir.resolve("out");
        Files.createDirectories(project.resolve("tei"));
        Files.copy(TestFiles.existing(TestFiles.REGISTER), project.resolve("tei/register.xml"));
        version(0);
        assertTrue(build(Options.all(false)).problems().isEmpty());
        Map<String, String> previous = Trees.visible(out);
        assertTrue(previous.containsKey("pdf/wilson-112037.pdf") && previous.containsKey("site/wilson-112037.html"), previous.keySet().toString());

        int version = 1;
        version(version);
        for (String phase : PHASES) {
            Process p = start(phase);
            awaitPause(p, phase);
            if (phase.equals("staging")) {
                // while a build holds the folder, a second one is refused before it writes anything
                SetupException refused = assertThrows(SetupException.class, () -> build(new Options(false, true, false)));
                assertTrue(refused.getMessage().contains("another build is writing into"), refused.getMessage());
            }
            kill(p);
            assertEquals(List.of(), Trees.differences(previous, Trees.visible(out)), "killed at " + phase + ": the published output changed");
            if (!phase.equals("staging")) {
                assertTrue(leftovers().size() > 0, "killed at " + phase + ": the build left no folder (was it paused where expected?)");
            }
        }
        // killed once the new build is in place: the output is the whole new build
        Process p = start("swapped");
        awaitPause(p, "swapped");
        kill(p);
        Map<String, String> swapped = Trees.visible(out);
        assertNotEquals(previous, swapped);
        assertTrue(Files.readString(out.resolve("site/wilson-112037.html")).contains("Strictly secret v1"));
        previous = finishAndCompare(swapped);

        for (long delay : DELAYS_MS) {
            version(++version);
            p = start(null);
            boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
            kill(p);
            Map<String, String> after = Trees.visible(out);
            Map<String, String> finished = finishAndCompare(null);
            if (!after.equals(previous)) {
                assertEquals(List.of(), Trees.differences(finished, after), "killed after " + delay + " ms (ended by itself: " + ended + "): the output is neither the old nor the new build");
            }
            previous = finished;
        }
    }

    /** Runs the build of the current version to the end in this JVM; it must succeed and clean up. */
    private Map<String, String> finishAndCompare(Map<String, String> expected) throws IOException {
        Report report = build(new Options(false, true, false));
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        Map<String, String> now = Trees.visible(out);
        if (expected != null) {
            assertEquals(List.of(), Trees.differences(expected, now), "the finished build differs from the one the killed build swapped in");
        }
        assertEquals(List.of(), leftovers(), "leftovers of the killed build were not cleaned up");
        return now;
    }

    /** Entries of out/.editio besides the marker, the pointer, the lock file and the one build it points to. */
    private List<String> leftovers() throws IOException {
        Path editio = out.resolve(".editio");
        String current = Files.readSymbolicLink(editio.resolve("current")).toString();
        try (Stream<Path> s = Files.list(editio)) {
            return s.map(f -> f.getFileName().toString())
                    .filter(n -> !List.of("EDITIO-OUTPUT", "current", "lock", current).contains(n)).sorted().toList();
        }
    }

    private void version(int n) throws IOException {
        String text = Files.readString(TestFiles.existing(TestFiles.SAMPLE));
        assertTrue(text.contains(">Strictly secret<"));
        Files.writeString(project.resolve("tei/wilson-112037.xml"), text.replace(">Strictly secret<", ">Strictly secret v" + n + "<"));
    }

    private Report build(Options options) {
        return new Publisher().build(Project.at(project, out, null), options);
    }

    /** {@code editio build PROJECT --out OUT --only html} in a child JVM, paused at {@code phase} (or not). */
    private Process start(String phase) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (phase != null) {
            command.add("-Deditio.test.pause=" + phase);
        }
        command.addAll(List.of("org.editio.cli.Editio", "build", project.toString(), "--out", out.toString(), "--only", "html"));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the child says it paused at {@code phase} (fails if it ends first). */
    private static void awaitPause(Process p, String phase) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
            lines.add("<end>");
        });
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = lines.poll(10, TimeUnit.MINUTES); // a guard against a hung child, not a timing assertion
            assertFalse(line == null || line.equals("<end>"), "the build did not pause at " + phase + ": " + seen);
            if (line.equals("editio: paused at " + phase)) {
                return;
            }
            seen.add(line);
        }
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "the child did not die");
    }
}
