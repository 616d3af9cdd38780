package jp.madoguchi.app.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskSession;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;

/**
 * One demo kiosk as {@code ./madoguchi kiosk --virtual} runs it, without the window: the in-process virtual reader,
 * the real visit runner, the SQLite journal, the spool printer (or a CUPS queue) and the demonstration cash
 * acceptor, all under one directory. Its clock runs in real time from a fixed Tuesday morning, so every sample
 * certificate is on offer whenever the soak runs, and each card is issued for that day.
 */
final class SoakKiosk implements AutoCloseable {
    /** Tuesday 24 November 2026, 09:00 in Tokyo: a weekday inside every sample municipality's hours. */
    static final Instant OPENING = LocalDateTime.of(2026, 11, 24, 9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);

    private final KioskSession session;
    private final VirtualReader reader;
    private final Clock clock;
    private final Path spool;
    private final Screen screen = new Screen();

    private SoakKiosk(KioskSession session, Clock clock, Path spool) {
        this.session = session;
        this.clock = clock;
        this.spool = spool;
        this.reader = session.virtualReader().orElseThrow();
        session.visits().subscribe(screen);
    }

    static SoakKiosk open(Path dir, Optional<String> printerQueue) throws IOException, InterruptedException {
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), OPENING));
        KioskConfig config = new KioskConfig(null, null, null, null, null, null, null, printerQueue.orElse(null),
                null, null, dir.resolve("journal.db"), dir.resolve("spool"), null, null, null, null, null, null);
        KioskSession session = KioskSession.open(config, CardSource.choose(true, Optional.empty()), clock);
        return new SoakKiosk(session, clock, dir.resolve("spool"));
    }

    KioskSession session() {
        return session;
    }

    Journal journal() {
        return session.outputs().journal();
    }

    void send(ResidentAction action) {
        session.visits().send(action);
    }

    VisitSnapshot await(Predicate<VisitSnapshot> wanted, String what) throws InterruptedException {
        return screen.await(wanted, what, STEP_LIMIT);
    }

    VisitSnapshot await(String stepId) throws InterruptedException {
        return await(s -> s.step().id().equals(stepId), "step " + stepId);
    }

    VisitSnapshot shown() {
        return screen.latest();
    }

    /** A fresh card of {@code holder}: its PIN counters are full, whatever earlier visits typed. */
    void place(Holder holder) {
        reader.insert(VirtualMyNumberCard.of(holder, clock));
    }

    /** The card goes while it answers its {@code apdus + 1}-th command from now. */
    void pullDuring(int apdus) {
        reader.controls().yankDuring(VirtualReader.READER_NAME, apdus);
    }

    void remove() {
        reader.remove();
    }

    /** What the spool directory holds: nothing between visits. */
    long spoolEntries() {
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(spool)) {
            return entries.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
