package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import jp.madoguchi.app.wiring.PemFiles;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.card.virtual.vpcd.VpcdClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./madoguchi virtual-card}: presents the virtual My Number card to pcscd through vpcd until stopped.
 * SIGTERM (or Ctrl-C) closes the socket, which pcscd sees as the card being removed.
 */
@Command(name = "virtual-card", mixinStandardHelpOptions = true,
        description = {"Present the virtual My Number card in the vpcd reader (Virtual PCD 00 00) until stopped.",
            "SIGTERM = the card is removed. Test PINs of the default holder: auth 1234, kenhojo 1234, sign ABC123."})
public final class VirtualCardCommand implements Callable<Integer> {
    @Option(names = "--holder", description = "Holder fixture (default: ${DEFAULT-VALUE}).", defaultValue = "default")
    String holder;

    @Option(names = "--vpcd", description = "vpcd address HOST:PORT (default: ${DEFAULT-VALUE}).",
            defaultValue = VpcdClient.DEFAULT_HOST + ":" + VpcdClient.DEFAULT_PORT)
    String vpcd;

    @Option(names = "--list-holders", description = "List the holder fixtures and exit.")
    boolean listHolders;

    @Option(names = "--export-ca", paramLabel = "DIR", description = "Write the virtual card's CA certificates"
            + " (the O=JPKI-TEST hierarchy) into DIR as PEM and exit: what an operator puts into a kiosk's trust"
            + " directory to accept the test cards outside training, e.g. for an acceptance visit.")
    Path exportCa;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintStream out = Utf8.stdout();
        if (listHolders) {
            HolderList.print(out);
            return 0;
        }
        if (exportCa != null) {
            return exportCa(out);
        }
        Holder chosen = Holders.find(holder).orElse(null);
        if (chosen == null) {
            Utf8.stderr().println("virtual-card: unknown holder '" + holder + "'. Known: "
                    + String.join(", ", Holders.all().stream().map(Holder::id).toList()));
            return 2;
        }
        int colon = vpcd.lastIndexOf(':');
        if (colon < 1) {
            Utf8.stderr().println("virtual-card: --vpcd must be HOST:PORT, got '" + vpcd + "'");
            return 2;
        }
        VpcdClient client = new VpcdClient(vpcd.substring(0, colon), Integer.parseInt(vpcd.substring(colon + 1)),
                VirtualMyNumberCard.of(chosen));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            client.stop();
            stopped.countDown();
        }, "virtual-card-stop"));
        out.println("Virtual My Number card of '" + chosen.id() + "' connecting to vpcd at " + vpcd
                + " (Ctrl-C or SIGTERM removes it)");
        client.start();
        stopped.await();
        return 0;
    }

    private int exportCa(PrintStream out) throws IOException {
        Files.createDirectories(exportCa);
        List<X509Certificate> anchors = TestPki.standard().trustAnchors();
        for (int i = 0; i < anchors.size(); i++) {
            Path file = exportCa.resolve("jpki-test-" + i + ".pem");
            try {
                Files.writeString(file, PemFiles.pem("CERTIFICATE", anchors.get(i).getEncoded()),
                        StandardCharsets.US_ASCII);
            } catch (CertificateEncodingException e) {
                throw new IOException("test CA " + i + " cannot be encoded", e);
            }
            out.println(file + "  " + anchors.get(i).getSubjectX500Principal().getName());
        }
        return 0;
    }
}
