package org.knotwise.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KnotwiseCommand.class.getPackage().getImplementationVersion();
        return new String[]{"knotwise " + (v == null ? "development" : v)};
    }
}
