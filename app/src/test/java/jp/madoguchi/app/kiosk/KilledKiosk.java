package jp.madoguchi.app.kiosk;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * A production kiosk in a process of its own, for the fault matrix's {@code kill -9}: it reads the configuration file
 * an installed kiosk reads, takes a visit to the stage it is given and says so ({@code AT <visit>}), then waits to be
 * killed. The card is the parent's: the kiosk asks for it ({@code PLACE}, {@code PULL}) and waits for {@code ok}.
 */
final class KilledKiosk {
    private KilledKiosk() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        FaultStage stage = FaultStage.valueOf(args[1]);
        FaultVisit.Hand parent = new FaultVisit.Hand() {
            @Override
            public void place() throws Exception {
                ask("PLACE");
            }

            @Override
            public void pull() throws Exception {
                ask("PULL");
            }

            private void ask(String what) throws Exception {
                out.println(what);
                if (!"ok".equals(in.readLine())) {
                    throw new IllegalStateException("the parent did not answer " + what);
                }
            }
        };
        KioskSession kiosk = KioskSession.open(KioskConfig.load(Optional.of(Path.of(args[0]))),
                CardSource.pcsc(VirtualCardStack.READER), KioskHarness.tuesdayAt(10));
        VisitDriver.await(kiosk, step -> step.id().equals("attract"), "in service");
        VisitId visit = FaultVisit.reach(kiosk.visits(), stage, parent);
        if (stage == FaultStage.PAYMENT) {
            VisitDriver.awaitTrue(() -> kiosk.outputs().journal().visit(visit).stream()
                    .anyMatch(r -> r.entry() instanceof JournalEntry.CashInserted), "the first coin journaled");
        }
        out.println("AT " + visit.value());
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The command that starts this kiosk with the test JVM's class path and its PC/SC options. */
    static List<String> command(Path config, FaultStage stage) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("--add-opens") || option.startsWith("--add-exports") || option.startsWith("-D")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KilledKiosk.class.getName(),
                config.toString(), stage.name()));
        return command;
    }
}
