package jp.madoguchi.card.apdu;

import java.util.Objects;
import java.util.function.Consumer;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Reports every exchange to a sink with timing, redacting PIN-bearing commands. The sink is injected (a
 * staff trace, a bug-report file) so tracing stays out of business logging.
 */
public final class TracingTransport implements ApduTransport {
    private final ApduTransport next;
    private final Consumer<ApduTraceEntry> sink;

    public TracingTransport(ApduTransport next, Consumer<ApduTraceEntry> sink) {
        this.next = next;
        this.sink = Objects.requireNonNull(sink);
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        String logged = command.toLogString();
        long start = System.nanoTime();
        try {
            ResponseApdu response = next.transmit(command);
            long micros = (System.nanoTime() - start) / 1000;
            sink.accept(new ApduTraceEntry(logged, response.toLogString(), response.sw(), micros, null));
            return response;
        } catch (CardFaultException e) {
            long micros = (System.nanoTime() - start) / 1000;
            sink.accept(new ApduTraceEntry(logged, null, 0, micros, e.fault().toString()));
            throw e;
        }
    }

    @Override
    public void close() {
        next.close();
    }
}
