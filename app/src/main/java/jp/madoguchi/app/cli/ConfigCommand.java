package jp.madoguchi.app.cli;

import picocli.CommandLine.Command;

/** {@code config}: the kiosk's configuration file. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "The kiosk's configuration.",
        subcommands = {ConfigCheckCommand.class})
public final class ConfigCommand {}
