package org.editio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The approach a user would script: Saxon's command line started once per document
 * ({@code java -cp <this JVM's class path> net.sf.saxon.Transform -xsl:identity.xsl -s:FILE -o:OUT}),
 * with the JVM's default options. Its output goes to a log file beside the outputs. Stateless.
 */
final class NaiveTransform {
    private NaiveTransform() {
    }

    /** Runs the command line on each document in turn; fails on the first non-zero exit. */
    static void run(Path stylesheet, List<Path> documents, Path outDir, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        for (Path d : documents) {
            Path out = outDir.resolve(d.getFileName().toString());
            Process p = new ProcessBuilder(java, "-cp", classPath, "net.sf.saxon.Transform", "-xsl:" + stylesheet,
                    "-s:" + d, "-o:" + out)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            int code = p.waitFor();
            if (code != 0 || !Files.isRegularFile(out)) {
                throw new IllegalStateException("Saxon's command line failed (exit " + code + ") on " + d + "; see " + log);
            }
        }
    }
}
