package jp.madoguchi.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.bench.BenchFigures;
import jp.madoguchi.app.bench.CardBench;
import jp.madoguchi.app.wiring.Trust;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.card.pcsc.SystemPcsc;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.vpcd.VpcdClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./madoguchi bench card}: the full kiosk authentication through pcscd + vpcd against a raw transmit
 * loop on the same card. Starts the virtual card itself when the vpcd reader is empty; refuses any card that
 * is not a JPKI-TEST card, because it verifies the test PIN.
 */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Time the kiosk authentication (detect, tries, auth certificate + chain, PIN, possession"
                + " proof) through PC/SC, against a raw transmit loop of the same APDUs.")
public final class BenchCardCommand implements Callable<Integer> {
    @Option(names = "--iterations", defaultValue = "30", description = "Measured authentications (${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up authentications (${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--reader", defaultValue = "Virtual PCD 00 00", description = "Reader (${DEFAULT-VALUE}).")
    String reader;

    @Option(names = "--vpcd", defaultValue = "localhost:35963",
            description = "Where to present the virtual card if the reader is empty (${DEFAULT-VALUE}).")
    String vpcd;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Utf8.stdout();
        VpcdClient started = null;
        try (ReaderService service = new ReaderService(new SystemPcsc(), null).start()) {
            PcscStatus status = service.awaitFirstPoll(Duration.ofSeconds(5));
            if (!status.serviceUp()) {
                Utf8.stderr().println("bench card: " + status.fault().message());
                return 2;
            }
            if (find(status).filter(ReaderSnapshot::cardPresent).isEmpty()) {
                int colon = vpcd.lastIndexOf(':');
                started = new VpcdClient(vpcd.substring(0, colon), Integer.parseInt(vpcd.substring(colon + 1)),
                        VirtualMyNumberCard.of(Holders.defaultHolder()));
                started.start();
                status = service.awaitStatus(s -> find(s).filter(ReaderSnapshot::cardPresent).isPresent(),
                        Duration.ofSeconds(10));
                if (find(status).filter(ReaderSnapshot::cardPresent).isEmpty()) {
                    Utf8.stderr().println("bench card: no card appeared in '" + reader + "' (is vpcd configured?)");
                    return 2;
                }
                out.println("bench card: presented the virtual card (holder 'default') via vpcd at " + vpcd);
            }
            ChainVerifier verifier = new ChainVerifier(Trust.load(null, true));
            out.printf(Locale.ROOT, "bench card: reader '%s', %d warm-up + %d measured authentications%n", reader,
                    warmup, iterations);
            BenchFigures f = new CardBench(service, reader, verifier, "1234").run(warmup, iterations);
            out.printf(Locale.ROOT, "  flow: detect -> tries -> auth certificate + chain -> PIN -> possession proof%n");
            out.printf(Locale.ROOT, "  APDUs per authentication: %d%n", f.apdus());
            out.printf(Locale.ROOT, "  median per authentication: %.3f ms wall, of which %.3f ms card I/O and %.3f ms"
                    + " host checks (parsing, chain, possession proof)%n", f.wallMs(), f.ioNanos() / 1e6, f.hostMs());
            out.printf(Locale.ROOT, "  the same %d APDUs on the bare transport: %.3f ms%n", f.apdus(), f.rawNanos() / 1e6);
            out.printf(Locale.ROOT, "  OpenSC sends 29 probe APDUs plus 23 for a public read (docs/card.md)%n");
            out.println(f.summaryLine());
            return 0;
        } catch (CardFaultException e) {
            Utf8.stderr().println("bench card: " + e.getMessage());
            return 2;
        } finally {
            if (started != null) {
                started.stop();
            }
        }
    }

    private Optional<ReaderSnapshot> find(PcscStatus status) {
        return status.readers().stream().filter(r -> r.name().equals(reader)).findFirst();
    }
}
