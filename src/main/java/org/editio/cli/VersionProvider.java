package org.editio.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code editio --version}, from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/editio/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"editio " + p.getProperty("version", "dev")};
    }
}
