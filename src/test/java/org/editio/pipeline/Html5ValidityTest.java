package org.editio.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the sample site is valid HTML5 by the Nu HTML Checker (run offline, in process). */
class Html5ValidityTest {
    static Stream<String> pages() {
        return Stream.of("index.html", "wilson-112037.html", "register.html", "register/stalin.html", "search.html", "guidelines.html", "404.html");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void isValidHtml5(String page) throws Exception {
        Path file = SampleBuild.output().resolve("site").resolve(page);
        assertEquals("", org.editio.NuChecker.problems(file), "the Nu checker");
    }
}
