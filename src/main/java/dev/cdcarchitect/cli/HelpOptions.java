package dev.cdcarchitect.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The standard -h/--help and -V/--version options, added without picocli's reflective mixin. */
final class HelpOptions {

    private HelpOptions() {}

    static void addTo(CommandSpec spec) {
        spec.versionProvider(new VersionProvider());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }
}
