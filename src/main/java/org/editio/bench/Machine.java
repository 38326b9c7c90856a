package org.editio.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where and when the figures were taken: the machine, the JVM, the load before the run, the corpus.
 * Immutable.
 */
record Machine(Instant date, int processors, String cpu, String os, String java, long maxHeapBytes,
        List<String> collectors, double loadAverage, Path corpus, int corpusFiles) {

    static Machine describe(Bench.Config config, int corpusFiles) {
        Runtime rt = Runtime.getRuntime();
        return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS), rt.availableProcessors(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), rt.maxMemory(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                config.corpus().toAbsolutePath().normalize(), corpusFiles);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
