package org.editio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user types, each in a JVM of its own started cold: Editio's command line publishing the project
 * ({@code editio build PROJECT --lenient --only html}), and Saxon's command line transforming the same
 * folder with the identity stylesheet in one JVM ({@code net.sf.saxon.Transform -s:FOLDER -o:FOLDER}), the
 * comparison issue 5 names. Both get this JVM's heap limit and collector, so they run under the same
 * memory bound as the in-JVM measurements. A run's output replaces the log beside the outputs. Stateless.
 */
final class ColdCommands {
    private ColdCommands() {
    }

    /** Editio's command line: a full HTML build of {@code project} into {@code out}; 0 and 1 are success. */
    static void editio(Path project, Path out, Path log) throws IOException, InterruptedException {
        run(List.of("org.editio.cli.Editio", "build", project.toString(), "--lenient", "--only", "html",
                "--out", out.toString()), log, 1);
    }

    /** Saxon's command line: the identity stylesheet over every file of {@code tei} into {@code out}. */
    static void saxon(Path stylesheet, Path tei, Path out, Path log) throws IOException, InterruptedException {
        Files.createDirectories(out);
        run(List.of("net.sf.saxon.Transform", "-xsl:" + stylesheet, "-s:" + tei, "-o:" + out), log, 0);
    }

    private static void run(List<String> command, Path log, int highestSuccess) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // This JVM's heap limit and collector (-Xmx1g -XX:+UseParallelGC in the README's command), as given.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.matches("-XX:\\+Use\\w+GC")).forEach(line::add);
        line.add("-cp");
        line.add(System.getProperty("java.class.path"));
        line.addAll(command);
        Process p = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        int code = p.waitFor();
        if (code < 0 || code > highestSuccess) {
            throw new IllegalStateException("the command line failed (exit " + code + "): " + String.join(" ", command)
                    + "; see " + log);
        }
    }
}
