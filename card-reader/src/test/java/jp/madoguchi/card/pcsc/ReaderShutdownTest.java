package jp.madoguchi.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3: a card leaving while the kiosk shuts down sent its disconnect to a reader thread already stopped,
 * and a {@code RejectedExecutionException} reached the console (1 run in 13). Shutdown is now ordered: the monitor's
 * last poll ends before the owners close, and a closed owner takes no work.
 */
class ReaderShutdownTest {
    @Test
    void aClosedOwnerTakesNoWorkAndSaysTheReaderIsGone() {
        ReaderOwner owner = new ReaderOwner("Reader 0", () -> null, null, () -> {});
        owner.close();

        assertThatCode(owner::disconnectLater).doesNotThrowAnyException();
        assertThatCode(owner::close).doesNotThrowAnyException();
        assertThat(owner.probeAtr()).failsWithin(Duration.ofSeconds(1))
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isEqualTo(new CardFault.ReaderGone("Reader 0")));
    }

    @Test
    void closingTheServiceWaitsForTheMonitorSoNothingReachesTheClosedOwners() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        VirtualReader reader = new VirtualReader(null);
        reader.insert(VirtualMyNumberCard.of(Holders.defaultHolder()));
        ReaderService service = new ReaderService(reader, null).start();
        service.awaitStatus(s -> s.readers().stream().anyMatch(ReaderSnapshot::cardPresent), Duration.ofSeconds(5));
        Thread monitor = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("reader-monitor") && !before.contains(t)).findFirst().orElseThrow();

        reader.remove(); // the card disconnects as the kiosk shuts down
        service.close();

        assertThat(monitor.isAlive()).as("the monitor's last poll ended before the owners closed").isFalse();
        assertThat(service.submit(VirtualReader.READER_NAME, s -> s.atr()))
                .failsWithin(1, TimeUnit.SECONDS);
    }
}
