package jp.madoguchi.app.kiosk;

import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.card.pcsc.SystemPcsc;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which reader the kiosk uses. In the demo: the named PC/SC reader, the first one PC/SC shows, or, when PC/SC is
 * down or has no reader (or {@code --virtual}), the in-process virtual reader with no card in it yet. Outside the
 * demo: only the configured PC/SC reader ({@link #pcsc}).
 */
public record CardSource(ReaderService readers, String readerName, Optional<VirtualReader> virtual) {
    private static final Logger LOG = LoggerFactory.getLogger(CardSource.class);
    private static final Duration FIRST_LOOK = Duration.ofSeconds(3);

    /**
     * A kiosk that fails closed: the named PC/SC reader, whether or not it is attached now (the health checks say
     * when it is not), and never the virtual card.
     */
    public static CardSource pcsc(String reader) {
        LOG.info("Using the PC/SC reader {} (no virtual card outside the demo)", reader);
        return new CardSource(new ReaderService(new SystemPcsc(), null).start(), reader, Optional.empty());
    }

    public static CardSource choose(boolean forceVirtual, Optional<String> wanted) throws InterruptedException {
        if (!forceVirtual) {
            ReaderService pcsc = new ReaderService(new SystemPcsc(), null).start();
            PcscStatus status = pcsc.awaitFirstPoll(FIRST_LOOK);
            Optional<String> reader = status.readers().stream().map(ReaderSnapshot::name)
                    .filter(name -> wanted.map(name::equals).orElse(true)).findFirst();
            if (status.serviceUp() && reader.isPresent()) {
                LOG.info("Using the PC/SC reader {}", reader.get());
                return new CardSource(pcsc, reader.get(), Optional.empty());
            }
            pcsc.close();
            LOG.warn("No usable PC/SC reader{} ({}): running on the in-process virtual card",
                    wanted.map(name -> " named " + name).orElse(""),
                    status.serviceUp() ? "readers: " + status.readers() : status.fault());
        }
        VirtualReader virtual = new VirtualReader(null);
        return new CardSource(new ReaderService(virtual, null).start(), VirtualReader.READER_NAME,
                Optional.of(virtual));
    }
}
