package jp.madoguchi.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pcsc.CardWork;
import jp.madoguchi.card.pcsc.ReaderService;

/**
 * Times the full kiosk authentication through the reader service, then replays exactly the same APDUs in a
 * raw transmit loop on the bare PC/SC transport of the same card. Per APDU, "ours" is the time an exchange
 * takes as the protocol layer sees it (decorators, trace hook, owner thread, SunPCSC, pcscd, vpcd, card);
 * "raw" is the bare loop. Host-side checks (certificate parsing, chain, possession proof) are not per-APDU
 * costs and are reported apart, as wall time minus I/O time.
 */
public final class CardBench {
    private final ReaderService service;
    private final String reader;
    private final Authentication authentication;

    public CardBench(ReaderService service, String reader, ChainVerifier verifier, String testPin) {
        this.service = service;
        this.reader = reader;
        this.authentication = new Authentication(verifier, testPin);
    }

    public BenchFigures run(int warmup, int iterations) throws CardFaultException, InterruptedException {
        RecordingTransport[] recorder = new RecordingTransport[1];
        await(s -> {
            recorder[0] = new RecordingTransport(s.transport());
            authentication.run(recorder[0]);
            return null;
        });
        List<CommandApdu> script = recorder[0].commands();
        try {
            for (int i = 0; i < warmup; i++) {
                timeOurs();
                timeRaw(script);
            }
            long[] wall = new long[iterations];
            long[] io = new long[iterations];
            long[] raw = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long[] ours = timeOurs();
                wall[i] = ours[0];
                io[i] = ours[1];
                raw[i] = timeRaw(script);
            }
            return new BenchFigures(script.size(), iterations, median(wall), median(io), median(raw));
        } finally {
            recorder[0].wipe();
        }
    }

    /** {wall time of the whole authentication, time inside card exchanges}. */
    private long[] timeOurs() throws CardFaultException, InterruptedException {
        long[] io = new long[1];
        long start = System.nanoTime();
        await(s -> {
            TimedTransport timed = new TimedTransport(s.transport());
            authentication.run(timed);
            io[0] = timed.nanos();
            return null;
        });
        return new long[] {System.nanoTime() - start, io[0]};
    }

    private long timeRaw(List<CommandApdu> script) throws CardFaultException, InterruptedException {
        long[] io = new long[1];
        await(s -> {
            long start = System.nanoTime();
            for (CommandApdu command : script) {
                s.wire().transmit(command);
            }
            io[0] = System.nanoTime() - start;
            return null;
        });
        return io[0];
    }

    private void await(CardWork<Void> work) throws CardFaultException, InterruptedException {
        try {
            service.submit(reader, work).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CardFaultException fault) {
                throw fault;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the card did not answer within 60 s", e);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
