package org.editio.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user types, each in a JVM of its own started cold: Editio's command line publishing the project
 * ({@code editio build PROJECT --lenient --only html}), and Saxon's command line transforming the same
 * folder with the identity stylesheet in one JVM ({@code net.sf.saxon.Transform -s:FOLDER -o:FOLDER}), the
 * comparison issue 5 names. Both get this JVM's heap limit and collector, so they run under the same
 * memory bound as the in-JVM measurements; Editio's also gets the JIT and heap options {@code bin/editio} gives a
 * build ({@link #BUILD_JIT}, {@link #heap}) and its class-data archive ({@link #classData}). A run's output
 * replaces the log beside the outputs. Stateless.
 */
final class ColdCommands {
    /**
     * The JIT options {@code bin/editio} starts {@code build} and {@code serve} with (kept equal by
     * BenchTest): less inlining in the C2 compiler. A cold build of the 4,420 Schnitzler letters spent
     * about 40 % of its CPU time in C2 with the defaults (Saxon's many small methods); with these, C2
     * compiles in less than half the time, and the build is faster (docs/benchmarks.md, fifth session). And C1
     * compiles a method once, at tier 3, instead of first at tier 2 whenever C2's queue is long and then at tier 3
     * again ({@code Tier3DelayOn}): in a cold build of the 4,420 letters 4,082 methods went through tier 2 and
     * C1 took 4.7 s, with the option 257 and 3.7 s; twelve alternated pairs of cold builds, faster in 9, by 1.2 s
     * on average (docs/benchmarks.md, nineteenth session). And the JDK's class-file writer's Frame.execute
     * (2,305 bytes of bytecode; making classes for lambdas runs a few hundredths of a second in a build) is left
     * to the interpreter: C2 compiled it once per build for about 0.5 s (docs/benchmarks.md, twenty-third
     * session).
     */
    static final List<String> BUILD_JIT = List.of("-XX:MaxInlineLevel=6", "-XX:InlineSmallCode=500",
            "-XX:MaxInlineSize=15", "-XX:FreqInlineSize=100", "-XX:Tier3DelayOn=100000",
            "-XX:CompileCommand=quiet", "-XX:CompileCommand=exclude,jdk.internal.org.objectweb.asm.Frame::execute");

    private ColdCommands() {
    }

    /**
     * What a command line took besides its wall time: its processor seconds ({@link ChildCpu}; -1 where that
     * cannot be read) and its peak resident memory ({@link ChildRss}; -1 likewise).
     */
    record Cost(double cpuSeconds, long peakRssBytes) {
    }

    /**
     * Editio's command line: a full HTML build of {@code project} into {@code out}; 0 and 1 are success.
     */
    static Cost editio(Path project, Path out, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(classData(System.getProperty("java.class.path")));
        command.addAll(BUILD_JIT);
        command.addAll(heap(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(List.of("org.editio.cli.Editio", "build", project.toString(), "--lenient", "--only", "html",
                "--out", out.toString()));
        return run(command, log, 1);
    }

    /**
     * The heap options for a build started from a JVM with {@code jvm}'s options, as {@code bin/editio} starts
     * one (kept equal by BenchTest): the heap starts at its limit ({@code -Xms} as the last {@code -Xmx}, else 1
     * GiB), or at the last {@code -Xms} given, and the class metadata's first threshold at 64 MB, so that the
     * collector does not stop the build to grow them. The benchmark's own JVM, started by {@code bin/editio},
     * has the {@code -Xms} that script gave it, and passes it on: only {@code -Xmx} and the collector are
     * forwarded otherwise (without an initial size, the cold build of the 4,420 letters took 27.2 and 27.9 s
     * against 23.3 and 24.6 s, seventeenth session). The young generation is a quarter of the heap instead of
     * a third ({@link #YOUNG}).
     */
    static List<String> heap(List<String> jvm) {
        List<String> heap = new ArrayList<>();
        heap.add(last(jvm, "-Xms").orElseGet(() -> last(jvm, "-Xmx").map(a -> "-Xms" + a.substring(4)).orElse("-Xms1g")));
        heap.add(METASPACE);
        heap.add(YOUNG);
        return heap;
    }

    private static Optional<String> last(List<String> jvm, String prefix) {
        return jvm.stream().filter(a -> a.startsWith(prefix)).reduce((a, b) -> b);
    }

    static final String METASPACE = "-XX:MetaspaceSize=64m";

    /**
     * A young generation of a quarter of the heap (the parallel collector's default is a third): the collector
     * touches all of it from the start, while the documents' trees, kept from validation to their pages, live in
     * the old one. With -Xmx1g the cold build of the 4,420 letters peaked at 985 and 981 MB of resident memory
     * instead of 1,055 and 1,053 MB, in 24.37 and 24.05 s against 24.13 and 24.01 s (docs/benchmarks.md,
     * twenty-second session).
     */
    static final String YOUNG = "-XX:NewRatio=3";

    /**
     * The options {@code bin/editio} starts every command with when {@code mvn package} wrote the class-data
     * archive {@code editio.jsa} beside the jar (kept equal by BenchTest): for a class path that is that jar
     * with the archive beside it, those options with the archive's path; none otherwise (the tests run from
     * target/classes). On 100 letters the cold build took 3.92-4.27 s with the archive against 4.22-4.52 s
     * without, four alternated rounds (docs/benchmarks.md, eighteenth session).
     */
    static List<String> classData(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return List.of();
        }
        Path archive = Path.of(classPath).resolveSibling(ARCHIVE).toAbsolutePath();
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        return CLASS_DATA.stream().map(o -> o.replace(ARCHIVE_PATH, archive.toString())).toList();
    }

    static final String ARCHIVE = "editio.jsa";
    /** Stands for the archive's path in {@link #CLASS_DATA}. */
    static final String ARCHIVE_PATH = "$jsa";
    static final List<String> CLASS_DATA = List.of("-XX:SharedArchiveFile=" + ARCHIVE_PATH, "-Xshare:auto",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** Saxon's command line: the identity stylesheet over every file of {@code tei} into {@code out}. */
    static Cost saxon(Path stylesheet, Path tei, Path out, Path log) throws IOException, InterruptedException {
        Files.createDirectories(out);
        return run(List.of("net.sf.saxon.Transform", "-xsl:" + stylesheet, "-s:" + tei, "-o:" + out), log, 0);
    }

    private static Cost run(List<String> command, Path log, int highestSuccess) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // This JVM's heap limit and collector (-Xmx1g -XX:+UseParallelGC in the README's command), as given.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.matches("-XX:\\+Use\\w+GC")).forEach(line::add);
        // JVM options first, then the class path and the main class with its arguments.
        command.stream().takeWhile(a -> a.startsWith("-")).forEach(line::add);
        line.add("-cp");
        line.add(System.getProperty("java.class.path"));
        command.stream().dropWhile(a -> a.startsWith("-")).forEach(line::add);
        double cpuBefore = ChildCpu.seconds();
        Process p = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        ChildRss rss = ChildRss.watch(p);
        int code = p.waitFor();
        double cpuAfter = ChildCpu.seconds();
        long peakRss = rss.peakBytes();
        if (code < 0 || code > highestSuccess) {
            throw new IllegalStateException("the command line failed (exit " + code + "): " + String.join(" ", command)
                    + "; see " + log);
        }
        return new Cost(cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore, peakRss);
    }
}
