package org.editio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The processor time of the child processes this JVM waited for, as Linux's /proc tells it. */
class ChildCpuTest {
    @Test
    void aBusyChildProcessAddsItsProcessorTime() throws Exception {
        double before = ChildCpu.seconds();
        assertTrue(before >= 0, "this JVM's /proc/self/stat: " + Files.readString(Path.of("/proc/self/stat")));
        // a shell counting to 200,000: a few tenths of a second of processor time, whatever the machine does
        Process p = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done").start();
        assertEquals(0, p.waitFor());
        assertTrue(ChildCpu.seconds() - before >= 0.05, "before " + before + " s, after " + ChildCpu.seconds() + " s");
    }

    @Test
    void fieldsAreCountedAfterTheCommandName() {
        // a command name may hold spaces and parentheses; cutime (16) 250 and cstime (17) 125 ticks: 3.75 s
        String stat = "4242 (a b) (c) S 1 4242 4242 0 -1 4194560 100 200 0 0 7 3 250 125 20 0 18 0 1000 2000000 300";
        assertEquals(3.75, ChildCpu.parse(stat), 1e-9);
    }
}
