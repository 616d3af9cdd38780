package jp.madoguchi.issuance.visit.card;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pcsc.CardWork;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import org.slf4j.MDC;

/**
 * The card port over one reader of a {@link ReaderService}: each request is one {@code CardWork} on the reader's
 * owner thread, and the reader monitor's snapshots become presence events. Results are posted to the subscriber
 * from the owner thread; this class never blocks.
 */
public final class ReaderCardPort implements CardPort {
    private final ReaderService service;
    private final String reader;
    private volatile Consumer<CardEvent> listener = event -> { };
    private Boolean present; // monitor thread only; null until the reader was first seen

    public ReaderCardPort(ReaderService service, String reader) {
        this.service = service;
        this.reader = reader;
    }

    @Override
    public void subscribe(Consumer<CardEvent> subscriber) {
        listener = subscriber;
        service.addListener(this::statusChanged);
    }

    @Override
    public void read(long request) {
        submit(request, CardWorks.read(request, listener), facts -> new CardEvent.Read(request, facts));
    }

    @Override
    public void verifyPin(long request, char[] pin, boolean lastTryConfirmed) {
        submit(request, CardWorks.verify(pin, lastTryConfirmed), outcome -> new CardEvent.PinChecked(request, outcome))
                // The work wipes the PIN; this covers a reader gone before the work ever ran.
                .whenComplete((outcome, error) -> Arrays.fill(pin, '\0'));
    }

    @Override
    public void fingerprint(long request) {
        submit(request, CardWorks.fingerprint(), print -> new CardEvent.Fingerprinted(request, print));
    }

    private <T> CompletableFuture<T> submit(long request, CardWork<T> work,
            Function<T, CardEvent> answer) {
        // The reader's owner thread logs for the same visit: it carries the visit id the caller's thread has.
        Map<String, String> context = MDC.getCopyOfContextMap();
        CompletableFuture<T> result = service.submit(reader, session -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                return work.run(session);
            } finally {
                MDC.clear();
            }
        });
        result.whenComplete((value, error) -> listener.accept(error == null ? answer.apply(value)
                : new CardEvent.Failed(request, fault(error))));
        return result;
    }

    /** Synchronized: the first call comes from {@code subscribe}, the rest from the monitor thread. */
    private synchronized void statusChanged(PcscStatus status) {
        Optional<ReaderSnapshot> snapshot = status.readers().stream().filter(r -> r.name().equals(reader))
                .findFirst();
        if (snapshot.isEmpty()) {
            if (present != null) {
                present = null;
                listener.accept(new CardEvent.ReaderUnavailable(status.serviceUp()
                        ? new CardFault.ReaderGone(reader) : status.fault()));
            }
            return;
        }
        boolean now = snapshot.get().cardPresent();
        if (present == null || present != now) {
            boolean announce = now || present != null;
            present = now;
            if (announce) {
                listener.accept(now ? new CardEvent.Placed() : new CardEvent.Removed());
            }
        }
    }

    private static CardFault fault(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CardFaultException fault) {
            return fault.fault();
        }
        return new CardFault.Unexpected("KIOSK_BUG", String.valueOf(cause));
    }
}
