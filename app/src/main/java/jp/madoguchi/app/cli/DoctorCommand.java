package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jp.madoguchi.app.doctor.Doctor;
import jp.madoguchi.app.doctor.DoctorJson;
import jp.madoguchi.app.doctor.DoctorReport;
import jp.madoguchi.app.doctor.DoctorText;
import jp.madoguchi.app.wiring.Trust;
import jp.madoguchi.card.apdu.ApduTraceEntry;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.SystemPcsc;
import jp.madoguchi.card.pcsc.TerminalSource;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./madoguchi doctor}: readers, card, certificates and tries left, never using a try. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check readers and the card: type, certificates, chain, renewal window and tries left for"
                + " every PIN. Never asks for a PIN and never uses a try.",
            "Exit 0 when it could look: also with no reader or no card, a card that is not a My Number card, or a"
                + " certificate whose chain is not VALID (findings, shown in the report); 2 when PC/SC is"
                + " unusable or the configuration or trust directory cannot be read; 3 when a card is in a reader but could not be read."})
public final class DoctorCommand implements Callable<Integer> {
    static final int PCSC_UNUSABLE = 2;
    static final int CARD_UNREADABLE = 3;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--trace", description = "Add every APDU (command, response, SW, microseconds); PIN bodies"
            + " are redacted. Goes to stdout, or to stderr with --json.")
    boolean trace;

    @Option(names = "--virtual", description = "Use the in-process virtual card instead of PC/SC.")
    boolean virtual;

    @Option(names = "--holder", description = "With --virtual: the virtual card's holder (see virtual-card"
            + " --list-holders).", defaultValue = "default")
    String holder;

    @Option(names = "--trust", description = "Directory of trusted CA certificates and CRLs (PEM or DER)"
            + " besides the JPKI-TEST hierarchy (default: the configuration's trustDirectory).")
    Path trustDir;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Utf8.stdout();
        PrintStream traceOut = json ? System.err : out;
        Consumer<ApduTraceEntry> sink = trace ? e -> traceOut.println(e.format()) : null;
        TerminalSource source = virtual ? new VirtualReader(Holders.byId(holder)) : new SystemPcsc();
        ChainVerifier verifier;
        try {
            verifier = new ChainVerifier(Trust.load(trustDir != null ? trustDir : config.load().trustDirectory(),
                    true));
        } catch (IOException | IllegalArgumentException e) { // a bad configuration, an unreadable trust directory
            Utf8.stderr().println("doctor: " + e.getMessage());
            return PCSC_UNUSABLE;
        }
        try (ReaderService readers = new ReaderService(source, sink).start()) {
            DoctorReport report = new Doctor(readers, verifier, Clock.systemUTC()).examine();
            if (json) {
                out.println(DoctorJson.of(report));
            } else {
                DoctorText.print(report, source.describe(), out);
            }
            return report.anyCardUnreadable() ? CARD_UNREADABLE : 0;
        } catch (CardFaultException e) {
            System.err.println("doctor: " + e.getMessage());
            return PCSC_UNUSABLE;
        }
    }
}
