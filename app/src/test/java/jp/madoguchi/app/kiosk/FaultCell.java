package jp.madoguchi.app.kiosk;

import static jp.madoguchi.app.kiosk.VisitDriver.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Attract;

/** One cell of the fault matrix: a kiosk, a visit to the stage, the fault, the part back, the visit finished, the audit. */
final class FaultCell {
    /** How the cell's visit ended (its journal's reason) and what the audit found. */
    record Result(String ended, List<String> problems) {}

    private final KioskConfig config;
    private final Clock clock;
    private final KioskFault.Parts parts;
    private final Path requestRoot;
    private final Path configFile;
    private final Path logs;

    FaultCell(KioskConfig config, Clock clock, KioskFault.Parts parts, Path requestRoot, Path configFile, Path logs) {
        this.config = config;
        this.clock = clock;
        this.parts = parts;
        this.requestRoot = requestRoot;
        this.configFile = configFile;
        this.logs = logs;
    }

    Result run(FaultStage stage, KioskFault fault) throws Exception {
        List<String> pdfsBefore = parts.queue().outputs();
        if (stage == FaultStage.PAYMENT) {
            parts.cash().command("on demand: insert 100"); // the rest never comes: the payment stays open
        }
        VisitId visit = fault == KioskFault.KIOSK_KILLED ? killed(stage) : faulted(stage, fault);
        try (KioskSession kiosk = KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), clock)) {
            await(kiosk, step -> step instanceof Attract, "back in service after " + fault.label + " at " + stage.step);
            Journal journal = kiosk.outputs().journal();
            if (System.getProperty("madoguchi.faults.debug") != null) {
                journal.visit(visit).forEach(r -> System.out.println("DEBUG " + r.at() + " " + r.type() + " " + r.entry()));
            }
            return new Result(ended(journal, visit), FaultAudit.of(journal, visit, parts.queue(), pdfsBefore,
                    requestRoot, config.spoolDirectory()));
        }
    }

    /** In this process: the fault while the visit waits at the stage, then the part back and the visit finished. */
    private VisitId faulted(FaultStage stage, KioskFault fault) throws Exception {
        try (KioskSession kiosk = KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), clock)) {
            await(kiosk, step -> step instanceof Attract, "in service before " + fault.label + " at " + stage.step);
            VisitId visit = FaultVisit.reach(kiosk.visits(), stage, parts.hand());
            fault.inject(parts, stage);
            // One health round (5 s) for the kiosk to notice, unless the visit moves on before.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            while (System.nanoTime() < until && kiosk.visits().current().step().id().equals(stage.step)) {
                Thread.sleep(50);
            }
            fault.restore(parts);
            FaultVisit.finish(kiosk.visits(), parts.hand(), fault.leavesCardOn(stage));
            return visit;
        }
    }

    /** In a kiosk process of its own, killed with SIGKILL at the stage; the card is taken off afterwards. */
    private VisitId killed(FaultStage stage) throws Exception {
        Process kiosk = new ProcessBuilder(KilledKiosk.command(configFile, stage))
                .redirectError(logs.resolve("killed-" + stage.name().toLowerCase(Locale.ROOT) + ".log").toFile())
                .start();
        VisitId visit = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(kiosk.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(kiosk.getOutputStream(),
                        StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String word = line.split(" ")[0];
                if (word.equals("AT")) {
                    visit = new VisitId(line.substring(3));
                    kiosk.destroyForcibly(); // SIGKILL, at once: nothing of the kiosk's runs after this
                    break;
                } else if (word.equals("PLACE") || word.equals("PULL")) {
                    if (word.equals("PLACE")) {
                        parts.hand().place();
                    } else {
                        parts.hand().pull();
                    }
                    in.write("ok\n");
                    in.flush();
                }
            }
        } finally {
            kiosk.destroyForcibly();
            kiosk.waitFor(20, TimeUnit.SECONDS);
        }
        if (visit == null) {
            throw new AssertionError("the kiosk process ended before " + stage.step + " (see its log in " + logs + ")");
        }
        if (stage == FaultStage.PIN_ENTRY) {
            parts.hand().pull();
        }
        return visit;
    }

    private static String ended(Journal journal, VisitId visit) {
        return journal.visit(visit).stream().map(JournalRecord::entry).filter(JournalEntry.Ended.class::isInstance)
                .map(e -> ((JournalEntry.Ended) e).reason().id()).reduce((a, b) -> b).orElse("(open)");
    }

    /** The matrix as text: a row per stage, a column per fault, each cell the visit's end or FAIL. */
    static String table(Map<FaultStage, Map<KioskFault, Result>> table) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-20s", "stage \\ fault"));
        for (KioskFault fault : KioskFault.values()) {
            text.append(String.format(Locale.ROOT, "| %-22s", fault.label));
        }
        text.append('\n');
        table.forEach((stage, row) -> {
            text.append(String.format(Locale.ROOT, "%-20s", stage.step));
            for (KioskFault fault : KioskFault.values()) {
                Result r = row.get(fault);
                String cell = r == null ? "-" : (r.problems().isEmpty() ? "ok " : "FAIL ") + r.ended();
                text.append(String.format(Locale.ROOT, "| %-22s", cell));
            }
            text.append('\n');
        });
        return text.toString();
    }
}
