package jp.madoguchi.app.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.Holders;
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

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = Utf8.stdout();
        if (listHolders) {
            HolderList.print(out);
            return 0;
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
}
