package org.editio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on two letters and writes every figure; no timing is asserted. */
class BenchTest {
    private static final Path LETTERS = TestFiles.SHARED.resolve("corpus/schnitzler/letters");

    /** The benchmark's cold command line is started as bin/editio starts a build. */
    @Test
    void coldCommandLineHasTheLaunchersJitOptions() throws Exception {
        String launcher = Files.readString(Path.of("bin/editio"));
        Matcher build = Pattern.compile("else jit=\"\\$jit ([^\"]*)\"").matcher(launcher);
        assertTrue(build.find(), launcher);
        assertEquals(String.join(" ", ColdCommands.BUILD_JIT), build.group(1));
    }

    /** The benchmark's cold command line maps the class-data archive beside the jar as bin/editio does. */
    @Test
    void coldCommandLineHasTheLaunchersClassDataOptions(@TempDir Path dir) throws Exception {
        String launcher = Files.readString(Path.of("bin/editio"));
        Matcher exec = Pattern.compile("exec \"\\$java\" (-XX:SharedArchiveFile=[^$]*\\$jsa[^$]*) \\$jit").matcher(launcher);
        assertTrue(exec.find(), launcher);
        assertEquals(String.join(" ", ColdCommands.CLASS_DATA), exec.group(1).replace("\"", ""));

        Path jar = Files.writeString(dir.resolve("editio.jar"), "");
        assertEquals(List.of(), ColdCommands.classData(jar.toString()), "no archive beside the jar");
        Path archive = Files.writeString(dir.resolve("editio.jsa"), "");
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"), ColdCommands.classData(jar.toString()));
        assertEquals(List.of(), ColdCommands.classData(dir + "/classes" + java.io.File.pathSeparator + jar), "not the jar alone");
        assertEquals(List.of(), ColdCommands.classData(dir.resolve("classes").toString()), "not a jar");
    }

    /**
     * bin/editio, run with a stand-in for java that prints its arguments, starts a build with the heap options
     * the benchmark's cold command line gets for the same limit; validate gets none.
     */
    @Test
    void coldCommandLineHasTheLaunchersHeapOptions(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("editio/bin"));
        Files.copy(Path.of("bin/editio"), bin.resolve("editio"));
        Files.createDirectories(dir.resolve("editio/target"));
        Files.writeString(dir.resolve("editio/target/editio.jar"), "");
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        for (List<String> limit : List.of(List.<String>of(), List.of("-Xmx1g"), List.of("-Xmx512m"), List.of("-Xms256m", "-Xmx2g"))) {
            List<String> build = launch(bin, dir.resolve("jdk"), limit, "build");
            for (String option : ColdCommands.heap(limit)) {
                assertTrue(build.contains(option), option + " in " + build);
            }
            assertEquals(1, build.stream().filter(a -> a.startsWith("-Xms")).count(), "one initial size: " + build);
            List<String> validate = launch(bin, dir.resolve("jdk"), limit, "validate");
            assertTrue(validate.stream().noneMatch(a -> a.equals(ColdCommands.METASPACE) || a.equals(ColdCommands.YOUNG)), validate.toString());
        }
        assertEquals(List.of("-Xms1g", ColdCommands.METASPACE, ColdCommands.YOUNG), ColdCommands.heap(List.of("-XX:+UseParallelGC")));
        assertEquals(List.of("-Xms512m", ColdCommands.METASPACE, ColdCommands.YOUNG), ColdCommands.heap(List.of("-Xmx1g", "-Xmx512m")));
        assertEquals(List.of("-Xms256m", ColdCommands.METASPACE, ColdCommands.YOUNG), ColdCommands.heap(List.of("-Xms256m", "-Xmx2g")));
    }

    /** The arguments bin/editio gives java for {@code command}, with EDITIO_JAVA_OPTS set to {@code options}. */
    private static List<String> launch(Path bin, Path jdk, List<String> options, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", bin.resolve("editio").toString(), command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("EDITIO_JAVA_OPTS", String.join(" ", options));
        Process p = pb.start();
        List<String> args = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), args.toString());
        return args;
    }

    @Test
    void writesEveryFigureAsAPositiveNumber(@TempDir Path out) throws Exception {
        TestFiles.existing(LETTERS);
        Bench.Results results = Bench.run(new Bench.Config(LETTERS, List.of(1, 2), 1, 1, 2, out), line -> { });

        assertEquals(out.resolve("bench.json"), results.file());
        String json = Files.readString(results.file());
        assertEquals(results.json(), json);
        assertEquals(2, count(json, "\"documents\": [12], \"inputBytes\""), json);
        for (String field : List.of("inputBytes", "published", "editioOverIdentity", "naiveOverEditioPerDocument",
                "perDocumentMedianSeconds", "extrapolatedSeconds", "unchangedOverFull", "oneChangedOverFull", "oneElementOverFull",
                "oneChangedServedOverFull",
                "editioCliOverSaxonCli", "editioCliCpuOverSaxonCliCpu")) {
            assertEquals(2, positives(json, field), field + " in " + json);
        }
        // Editio and identity of each size, and the PDF figure, have a peak memory; the two cold command lines
        // of each size a peak resident memory (read from /proc/PID/status while they ran).
        assertEquals(5, positives(json, "peakHeapBytes"), json);
        assertEquals(9, positives(json, "peakRssBytes"), json);
        assertTrue(results.table().lines().anyMatch(l -> l.matches("2 +editio-cli .* - +\\d+")), results.table());
        // The processor time of the two cold command lines of each size (read from /proc/self/stat).
        assertEquals(4, positives(json, "cpuMedianSeconds"), json);
        // Editio, identity and the two cold command lines of each size, and the PDF figure.
        assertEquals(9, positives(json, "medianSeconds"), json);
        // Editio, identity, naive and the two cold command lines of each size.
        for (String field : List.of("docsPerSecond", "mbPerSecond")) {
            assertEquals(10, positives(json, field), field + " in " + json);
        }
        for (String field : List.of("pdfs", "pages", "volumePages", "pagesPerSecond")) {
            assertEquals(1, positives(json, field), field + " in " + json);
        }
        // FOP alone on the FO of the PDF build: on one thread and on Editio's (the same on a single processor).
        int fopRuns = Runtime.getRuntime().availableProcessors() == 1 ? 1 : 2;
        for (String field : List.of("foFiles", "fopPages", "fopMedianSeconds", "fopPagesPerSecond")) {
            assertEquals(fopRuns, positives(json, field), field + " in " + json);
        }
        assertEquals(1, positives(json, "editioOverFopAlone"), json);
        int editioPages = number(json, "pages") + number(json, "volumePages");
        Matcher fopPages = Pattern.compile("\"fopPages\": (\\d+)").matcher(json);
        while (fopPages.find()) {
            assertEquals(editioPages, Integer.parseInt(fopPages.group(1)), "FOP alone makes the pages Editio made: " + json);
        }
        try (var fo = Files.list(out.resolve("bench-pdf-2/fo"))) {
            assertEquals(List.of("L00001.fo", "L00002.fo", "volume.fo"),
                    fo.map(f -> f.getFileName().toString()).sorted().toList(), "the saved FO: each letter's and the volume's");
        }
        assertTrue(results.table().contains("editio/identity"), results.table());
        assertTrue(results.table().contains("editio pdf / fop alone"), results.table());
        assertTrue(Files.isRegularFile(out.resolve("bench-2/out-html/site/index.html")), "Editio's site of size 2");
        try (var identity = Files.list(out.resolve("bench-2/identity"))) {
            assertEquals(2, identity.count(), "the identity transform's outputs of size 2");
        }
        assertTrue(results.table().contains("editio-cli/saxon-cli"), results.table());
        // Each cold command line's output in a log of its own (they take turns).
        assertTrue(Files.readString(out.resolve("bench-2/cli.log")).contains("2 published"), "Editio's command line's log");
        assertTrue(Files.isRegularFile(out.resolve("bench-2/saxon-cli.log")), "Saxon's command line's log");
        assertTrue(results.table().contains("processor time (user + system): editio-cli/saxon-cli"), results.table());
        assertTrue(Files.isRegularFile(out.resolve("bench-2/out-cli/site/L00002.html")), "the cold command line's site of size 2");
        // the earlier runs' outputs, put aside during the measurements, are deleted after them
        assertTrue(Files.notExists(out.resolve(Trash.NAME)), "the trash is emptied");
        try (var saxon = Files.list(out.resolve("bench-2/saxon-cli"))) {
            assertEquals(2, saxon.count(), "Saxon's command line's outputs of size 2");
        }
    }

    /** How many {@code "field": number} have a number greater than zero. */
    private static int positives(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ([-0-9.eE+]+)").matcher(json);
        int n = 0;
        while (m.find()) {
            assertTrue(Double.parseDouble(m.group(1)) > 0, field + " = " + m.group(1));
            n++;
        }
        return n;
    }

    private static int number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": (\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Integer.parseInt(m.group(1));
    }

    private static int count(String s, String regex) {
        return (int) Pattern.compile(regex).matcher(s).results().count();
    }
}
