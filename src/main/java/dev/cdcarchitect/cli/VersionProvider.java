package dev.cdcarchitect.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set from the pom at build time). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"cdc-architect " + (version == null ? "development build" : version)};
    }
}
