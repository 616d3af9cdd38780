package jp.madoguchi.app.cli;

import picocli.CommandLine.Command;

/** The top-level command. Subcommands are registered here, one line each. */
@Command(name = "madoguchi", mixinStandardHelpOptions = true, version = "Madoguchi 0.1.0",
        description = "Self-service certificate kiosk for My Number cards.",
        subcommands = {
            DoctorCommand.class,
            VirtualCardCommand.class,
            BenchCommand.class,
            RulesCommand.class,
            JournalCommand.class,
            ConfigCommand.class,
            StatusCommand.class,
            KioskCommand.class,
            ScreenshotsCommand.class,
            StaffPinHashCommand.class,
            SimulateCommand.class,
            RegistryServerCommand.class,
            PaymentSimulatorCommand.class,
            AcceptanceCommand.class,
        })
public final class MadoguchiCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
