package jp.madoguchi.card.pcsc;

import java.time.Duration;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.junit.jupiter.api.AfterEach;

/** {@link PinNeverResentContract} on the in-process reader (SunPCSC's channel behaviour copied). */
class PinNeverResentInProcessTest extends PinNeverResentContract {
    private ReaderService service;

    @Override
    ReaderService insert(VirtualMyNumberCard card) throws Exception {
        VirtualReader reader = new VirtualReader(null);
        reader.insert(card);
        service = new ReaderService(reader, null).start();
        service.awaitStatus(s -> s.readers().stream().anyMatch(r -> r.cardPresent()), Duration.ofSeconds(10));
        return service;
    }

    @Override
    String reader() {
        return VirtualReader.READER_NAME;
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }
}
