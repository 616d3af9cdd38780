package jp.madoguchi.card.apdu;

import java.util.function.Consumer;

/** Composes the standard decorator stack once, so every caller gets the same protocol handling. */
public final class ApduTransports {
    private ApduTransports() {}

    /**
     * raw → optional trace → 6Cxx retry → 61xx chaining, both for reads only (a VERIFY or a signature is never
     * sent twice: docs/card.md). The trace sits next to the wire so a staff
     * member's bug report shows every exchange, GET RESPONSE rounds included.
     */
    public static ApduTransport standard(ApduTransport raw, Consumer<ApduTraceEntry> traceOrNull) {
        ApduTransport wire = traceOrNull == null ? raw : new TracingTransport(raw, traceOrNull);
        return new GetResponseTransport(new WrongLengthRetryTransport(wire));
    }
}
