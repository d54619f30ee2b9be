package org.knotwise.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code -V}: the command's version, the built-in rule base's version, and the Drools and Java versions. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    static final String RESOURCE = "org/knotwise/cli/version.properties";
    private static final String RULES_POM = "META-INF/maven/org.knotwise/knotwise-rules/pom.properties";

    @Override
    public String[] getVersion() {
        Properties build = load(RESOURCE);
        String version = build.getProperty("knotwise.version", "unknown");
        // The rules jar says its own version when packaged; run from classes, it is built with this command.
        String rules = load(RULES_POM).getProperty("version", version);
        return new String[]{
                "knotwise " + version,
                "built-in rule base: knotwise-rules " + rules + " (--rules DIR replaces it)",
                "Drools " + build.getProperty("drools.version", "unknown") + ", Java " + System.getProperty("java.version")};
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource in our own jar: the version shows as unknown
        }
        return p;
    }
}
