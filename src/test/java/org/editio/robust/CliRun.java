package org.editio.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editio.cli.Editio;

/** One run of the real command line, in this JVM or in a child JVM with a small heap: exit code and output. */
record CliRun(int exit, String out, String err) {
    private static final Pattern LINE = Pattern.compile("^(.*):(\\d+):(\\d+): (error|warning): (.*) \\[([^\\]]+)\\]$");

    /** A problem line of the output: {@code path:line:col: severity: message [code]}. */
    record Reported(Path file, int line, int column, String severity, String message, String code) {
    }

    static CliRun inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Editio.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** {@code java -Xmx512m … org.editio.cli.Editio ARGS}; fails when it has not ended after {@code minutes}. */
    static CliRun childJvm(Path logs, int minutes, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), "org.editio.cli.Editio"));
        command.addAll(List.of(args));
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(minutes, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertTrue(ended, "the build did not end within " + minutes + " minutes (a hang)");
        return new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    List<Reported> problems() {
        List<Reported> problems = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches() && !m.group(1).equals("editio")) {
                problems.add(new Reported(Path.of(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4), m.group(5), m.group(6)));
            }
        }
        return problems;
    }

    /** The problems reported for the file named {@code name}. */
    List<Reported> problemsOf(String name) {
        return problems().stream().filter(p -> p.file().getFileName().toString().equals(name)).toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + shorten(out) + "\n--- stderr\n" + shorten(err);
    }

    private static String shorten(String s) {
        return s.length() > 20_000 ? s.substring(0, 20_000) + "…" : s;
    }
}
