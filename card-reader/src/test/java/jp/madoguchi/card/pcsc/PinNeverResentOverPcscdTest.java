package jp.madoguchi.card.pcsc;

import java.time.Duration;
import jp.madoguchi.card.testsupport.pcscd.PcscStack;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.VpcdClient;
import org.junit.jupiter.api.AfterEach;

/** {@link PinNeverResentContract} through SunPCSC, a real pcscd and vpcd, the card counting on its own side. */
@RequiresPcscStack
class PinNeverResentOverPcscdTest extends PinNeverResentContract {
    private static final String READER = "Virtual PCD 00 00";
    private PcscStack stack;
    private VpcdClient client;
    private ReaderService service;

    @Override
    ReaderService insert(VirtualMyNumberCard card) throws Exception {
        stack = PcscStack.start();
        client = new VpcdClient("localhost", stack.vpcdPort(), card);
        client.start();
        service = new ReaderService(new SystemPcsc(), null).start();
        service.awaitStatus(s -> s.readers().stream().anyMatch(r -> r.name().equals(READER) && r.cardPresent()),
                Duration.ofSeconds(10));
        return service;
    }

    @Override
    String reader() {
        return READER;
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (client != null) {
            client.stop();
        }
        if (stack != null) {
            stack.close();
        }
    }
}
