package com.frontdesk.cli;

import com.frontdesk.Launcher;
import picocli.CommandLine.IVersionProvider;

/** {@code -V}: the version Maven wrote into the jar's manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return new String[] {"FrontDesk Workstation " + (version == null ? "dev" : version)};
    }
}
