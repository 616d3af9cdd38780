package jp.madoguchi.app.cli;

import java.util.concurrent.Callable;
import jp.madoguchi.issuance.visit.simulate.Simulation;
import jp.madoguchi.issuance.visit.simulate.SimulationOptions;
import jp.madoguchi.issuance.visit.simulate.SimulationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./madoguchi simulate}: whole visits headless on the virtual card, then a summary. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run whole visits headless through the visit state machine, the sample rules and registry,"
                + " and the in-process virtual card (real APDUs), with seeded scripted residents and simulated time.",
            "Exit 0 when every visit ended; 1 when some got stuck (listed in the summary); 2 for bad options."})
public final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--visits", paramLabel = "N", description = "Visits to run (default: ${DEFAULT-VALUE}).")
    int visits = 100;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the residents' choices (default:"
            + " ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--faults", description = "Also pull cards at random steps and mid-read, place strangers'"
            + " cards, and fail the printer and the document service now and then.")
    boolean faults;

    @Option(names = "--lanes", paramLabel = "K", description = "Kiosks running side by side (default: up to 8).")
    Integer lanes;

    @Override
    public Integer call() throws InterruptedException {
        SimulationOptions options;
        try {
            options = lanes == null ? SimulationOptions.of(visits, seed, faults)
                    : new SimulationOptions(visits, seed, faults, lanes);
        } catch (IllegalArgumentException e) {
            Utf8.stderr().println("simulate: " + e.getMessage());
            return 2;
        }
        SimulationReport report = Simulation.run(options);
        report.print(Utf8.stdout());
        return report.stuck().isEmpty() ? 0 : 1;
    }
}
