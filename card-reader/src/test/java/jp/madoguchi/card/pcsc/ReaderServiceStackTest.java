package jp.madoguchi.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.testsupport.pcscd.PcscStack;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import org.junit.jupiter.api.Test;

/**
 * The reader service against a real pcscd: no readers, vpcd readers, pcscd down at start, killed mid-session. The
 * stacks here run for their blocks without a card, which is why some blocks never name theirs ("try" lint).
 */
@RequiresPcscStack
@SuppressWarnings("try")
class ReaderServiceStackTest {
    private static final Duration POLL = Duration.ofSeconds(10);

    @Test
    void noReadersIsAnEmptyListNotAnError() throws Exception {
        try (PcscStack stack = PcscStack.start(false);
                ReaderService service = new ReaderService(new SystemPcsc(), null).start()) {
            PcscStatus status = service.awaitStatus(s -> s.serviceUp(), POLL);
            assertThat(status.readers()).isEmpty();
            assertThat(status.fault()).isInstanceOf(CardFault.NoReaders.class);
        }
    }

    @Test
    void seesVpcdReadersWithoutACard() throws Exception {
        try (PcscStack stack = PcscStack.start();
                ReaderService service = new ReaderService(new SystemPcsc(), null).start()) {
            PcscStatus status = service.awaitStatus(s -> s.readers().size() == 2, POLL);
            assertThat(status.readers()).extracting(ReaderSnapshot::name)
                    .containsExactly("Virtual PCD 00 00", "Virtual PCD 00 01");
            assertThat(status.readers()).allSatisfy(r -> assertThat(r.cardPresent()).isFalse());
        }
    }

    @Test
    void waitsForPcscdThatIsNotRunningAtStart() throws Exception {
        try (ReaderService service = new ReaderService(new SystemPcsc(), null).start()) {
            PcscStatus down = service.awaitStatus(s -> s.fault() instanceof CardFault.ServiceDown
                    && !"not checked yet".equals(((CardFault.ServiceDown) s.fault()).detail()), POLL);
            assertThat(down.serviceUp()).isFalse();
            try (PcscStack stack = PcscStack.start()) {
                assertThat(service.awaitStatus(s -> s.readers().size() == 2, POLL).readers()).hasSize(2);
            }
        }
    }

    @Test
    void recoversAfterPcscdIsKilledAndRestarted() throws Exception {
        try (PcscStack stack = PcscStack.start();
                ReaderService service = new ReaderService(new SystemPcsc(), null).start()) {
            assertThat(service.awaitStatus(s -> s.readers().size() == 2, POLL).readers()).hasSize(2);
            stack.killPcscd();
            assertThat(service.awaitStatus(s -> !s.serviceUp(), POLL).serviceUp()).isFalse();
            stack.startPcscd();
            assertThat(service.awaitStatus(s -> s.readers().size() == 2, POLL).readers()).hasSize(2);
        }
    }
}
