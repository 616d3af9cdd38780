package jp.madoguchi.issuance.visit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.card.CardFingerprint;
import jp.madoguchi.issuance.visit.card.CardPort;
import jp.madoguchi.issuance.visit.card.PinOutcome;

/**
 * A card port the test answers by hand: it records each request and the test decides what the card said, so every
 * intermediate step can be observed. Like the real port it wipes the PIN, keeping only whether one was sent.
 */
final class FakeCardPort implements CardPort {
    enum Kind { READ, VERIFY, FINGERPRINT }

    record Request(Kind kind, long id, boolean lastTryConfirmed) {}

    private final List<Request> requests = new ArrayList<>();
    private final List<String> pins = new ArrayList<>();
    private Consumer<CardEvent> listener;

    @Override
    public void subscribe(Consumer<CardEvent> subscriber) {
        listener = subscriber;
    }

    @Override
    public void read(long request) {
        requests.add(new Request(Kind.READ, request, false));
    }

    @Override
    public void verifyPin(long request, char[] pin, boolean lastTryConfirmed) {
        pins.add(new String(pin));
        Arrays.fill(pin, '\0');
        requests.add(new Request(Kind.VERIFY, request, lastTryConfirmed));
    }

    @Override
    public void fingerprint(long request) {
        requests.add(new Request(Kind.FINGERPRINT, request, false));
    }

    void place() {
        listener.accept(new CardEvent.Placed());
    }

    void remove() {
        listener.accept(new CardEvent.Removed());
    }

    void send(CardEvent event) {
        listener.accept(event);
    }

    void answerRead(CardFacts facts) {
        listener.accept(new CardEvent.Read(last(Kind.READ).id(), facts));
    }

    void answerPin(PinOutcome outcome) {
        listener.accept(new CardEvent.PinChecked(last(Kind.VERIFY).id(), outcome));
    }

    void answerFingerprint(CardFingerprint fingerprint) {
        listener.accept(new CardEvent.Fingerprinted(last(Kind.FINGERPRINT).id(), fingerprint));
    }

    void fail(Kind kind, CardFault fault) {
        listener.accept(new CardEvent.Failed(last(kind).id(), fault));
    }

    Request last(Kind kind) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).kind() == kind) {
                return requests.get(i);
            }
        }
        throw new AssertionError("no " + kind + " request was made; requests: " + requests);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The PINs the machine sent, in order (the fake keeps them for assertions; the real port does not). */
    List<String> pinsSent() {
        return List.copyOf(pins);
    }
}
