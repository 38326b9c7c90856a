package org.editio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two cold command lines take turns, each prepared before its own run, and each keeps its own times. */
class RunsTest {
    @Test
    void twoMeasurementsTakeTurns() {
        List<String> events = new ArrayList<>();
        List<Runs> runs = Runs.alternately(3,
                () -> events.add("clean a"), () -> {
                    events.add("a");
                    Thread.sleep(30);
                },
                () -> events.add("clean b"), () -> events.add("b"));
        assertEquals(List.of("clean a", "a", "clean b", "b", "clean a", "a", "clean b", "b", "clean a", "a", "clean b", "b"),
                events);
        assertEquals(3, runs.get(0).seconds().size());
        assertEquals(3, runs.get(1).seconds().size());
        // the first's runs slept 30 ms each, the second's did not: each list holds its own measurement
        assertTrue(runs.get(0).seconds().stream().allMatch(s -> s >= 0.029), runs.toString());
        assertTrue(runs.get(1).median() < runs.get(0).median(), runs.toString());
    }
}
