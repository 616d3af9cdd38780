package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.madoguchi.app.kiosk.AcceptanceVisit;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskSession;
import jp.madoguchi.app.output.journal.JournalException;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code madoguchi acceptance}: the installer's acceptance visit (試験発行) on the configured parts, at a terminal. */
@Command(name = "acceptance", mixinStandardHelpOptions = true,
        description = {"One whole visit on the kiosk as configured (training or production: the reader, registry,"
                + " rules, cash unit, printer and journal), with you at this terminal in the resident's place: it"
                + " says when to place and remove the card and when to pay, asks the card's PIN (never retried) and"
                + " orders one certificate of the holder's residence with every default. Stop the kiosk service"
                + " first: one kiosk runs per journal.",
            "The PIN is read from the terminal without echo, or as one line on standard input when there is none.",
            "Exit 0 the visit completed and was journaled, 1 it stopped (and why), 2 out of service or bad"
                + " options."})
public final class AcceptanceCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--reader", paramLabel = "NAME", description = "Use this PC/SC reader instead of the"
            + " configured one.")
    String reader;

    @Option(names = "--certificate", paramLabel = "ID", description = "The certificate to order (default:"
            + " ${DEFAULT-VALUE}).", defaultValue = "juminhyo")
    String certificate;

    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public Integer call() throws Exception {
        PrintStream out = Utf8.stdout();
        Optional<CertificateType> type = Identified.byId(CertificateType.class, certificate);
        if (type.isEmpty()) {
            return refuse("unknown certificate '" + certificate + "'; one of "
                    + Identified.idList(CertificateType.class));
        }
        KioskConfig settings;
        try {
            settings = config.load();
        } catch (IOException | IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        if (settings.kioskMode().fallsBack()) {
            return refuse("an acceptance visit is for a kiosk with a reader: set 'mode: production' or"
                    + " 'mode: training' in the configuration (the demo runs on the virtual card)");
        }
        CardSource cards = CardSource.pcsc(Optional.ofNullable(reader).or(settings::readerName).orElse(""));
        KioskSession kiosk;
        try {
            kiosk = KioskSession.open(settings, cards, Clock.system(ZoneId.of("Asia/Tokyo")));
        } catch (IOException | JournalException | IllegalArgumentException e) {
            cards.readers().close();
            return refuse(e.getMessage());
        }
        // Ctrl-C mid-visit cancels it (money held is returned or journaled as a refund) before the kiosk closes.
        Thread closer = new Thread(() -> close(kiosk), "acceptance-stop");
        Runtime.getRuntime().addShutdownHook(closer);
        AcceptanceVisit.Result result;
        try {
            result = new AcceptanceVisit(kiosk, new TerminalOperator(out), type.get()).run();
        } finally {
            close(kiosk);
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already: it finds the kiosk closed
            }
        }
        out.println("acceptance: " + result.summary());
        return result.exitCode();
    }

    private void close(KioskSession kiosk) {
        if (closed.getAndSet(true)) {
            return;
        }
        kiosk.visits().send(new ResidentAction.Cancel());
        kiosk.close();
    }

    private static int refuse(String why) {
        Utf8.stderr().println("acceptance: " + why);
        return 2;
    }
}
