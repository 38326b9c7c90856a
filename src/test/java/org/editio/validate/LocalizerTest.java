package org.editio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.Localizer;
import java.net.URL;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Editio's Localizer (in place of Jing's) gives every message of every one of Jing's message bundles exactly as
 * Jing's did (MessageFormat.format of the pattern): with string arguments, too few arguments, a null and a
 * number among them.
 */
class LocalizerTest {
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {"\"persName\"", "element \"a\", \"b\" or \"c\"", "x", "y"},
            new Object[] {},
            new Object[] {"only one"},
            new Object[] {null, "second", null},
            new Object[] {1234567, "second", 2.5});

    @Test
    void everyMessageOfJingIsAsMessageFormatMakesIt() throws Exception {
        URL jing = com.thaiopensource.relaxng.pattern.Pattern.class.getProtectionDomain().getCodeSource().getLocation();
        assertNotEquals(jing, Localizer.class.getProtectionDomain().getCodeSource().getLocation(),
                "Jing's own Localizer was loaded, not Editio's");
        int checked = 0;
        try (ZipFile jar = new ZipFile(Path.of(jing.toURI()).toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : Collections.list(jar.entries())) {
                names.add(e.getName());
            }
            for (String bundle : names) {
                if (!bundle.endsWith("/resources/Messages.properties")) {
                    continue;
                }
                String pkg = bundle.substring(0, bundle.length() - "resources/Messages.properties".length());
                // any class of the bundle's package: the Localizer takes the package from it
                String cls = names.stream().filter(n -> n.startsWith(pkg) && n.endsWith(".class") && n.indexOf('/', pkg.length()) < 0)
                        .findFirst().orElseThrow();
                Class<?> owner = Class.forName(cls.substring(0, cls.length() - 6).replace('/', '.'), false, getClass().getClassLoader());
                Localizer ours = new Localizer(owner);
                ResourceBundle messages = ResourceBundle.getBundle(pkg.replace('/', '.') + "resources.Messages");
                for (String key : Collections.list(messages.getKeys())) {
                    String pattern = messages.getString(key);
                    for (Object[] args : ARGUMENTS) {
                        String jings = outcome(() -> MessageFormat.format(pattern, args));
                        assertEquals(jings, outcome(() -> ours.message(key, args)), pkg + " " + key);
                        // and again, from the pattern parsed before
                        assertEquals(jings, outcome(() -> ours.message(key, args)), pkg + " " + key);
                    }
                    assertEquals(outcome(() -> MessageFormat.format(pattern, new Object[0])), outcome(() -> ours.message(key)), pkg + " " + key);
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, checked + " messages");
    }

    /** The message, or the kind of exception its making threw (a pattern may want a number, as {0,number}). */
    private static String outcome(java.util.function.Supplier<String> message) {
        try {
            return "message: " + message.get();
        } catch (RuntimeException e) {
            return "thrown: " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
