package org.editio.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Editio's own version, from the build (editio/build.properties, filtered by Maven). */
final class Version {
    static final String VALUE = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/editio/build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
