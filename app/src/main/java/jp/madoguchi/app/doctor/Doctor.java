package jp.madoguchi.app.doctor;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.cert.RenewalStatus;
import jp.madoguchi.card.cert.RenewalWindow;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.jpki.CardCertificate;
import jp.madoguchi.card.jpki.CardReadout;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.ReaderSnapshot;

/**
 * Looks at every reader and card the way a staff member would: reads only public data and tries counters
 * (the empty VERIFY), so it never uses a PIN try and never asks for a PIN. The auth certificate goes through
 * the kiosk's chain check; the card's two CA certificates are compared with the configured trust anchors.
 * Card I/O runs on each reader's owner thread; this class only waits for the results.
 */
public final class Doctor {
    private static final Duration FIRST_LOOK = Duration.ofSeconds(5);
    private static final long CARD_TIMEOUT_S = 20;

    private final ReaderService readers;
    private final ChainVerifier verifier;
    private final Clock clock;

    public Doctor(ReaderService readers, ChainVerifier verifier, Clock clock) {
        this.readers = readers;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** The findings, or the fault that made PC/SC unusable (service down). */
    public DoctorReport examine() throws CardFaultException, InterruptedException {
        PcscStatus status = readers.awaitFirstPoll(FIRST_LOOK);
        if (!status.serviceUp()) {
            throw new CardFaultException(status.fault());
        }
        List<DoctorReport.Reader> found = new ArrayList<>();
        for (ReaderSnapshot reader : status.readers()) {
            found.add(reader.cardPresent() ? withCard(reader) : new DoctorReport.Reader(reader.name(), false,
                    null, null, null));
        }
        return new DoctorReport(found);
    }

    private DoctorReport.Reader withCard(ReaderSnapshot reader) throws InterruptedException {
        try {
            CardReadout readout = readers.submit(reader.name(), s -> new JpkiReader(s.transport()).readPublic())
                    .get(CARD_TIMEOUT_S, TimeUnit.SECONDS);
            return new DoctorReport.Reader(reader.name(), true, reader.atr(), card(readout), null);
        } catch (ExecutionException e) {
            return unreadable(reader, e.getCause());
        } catch (TimeoutException e) {
            return new DoctorReport.Reader(reader.name(), true, reader.atr(), null,
                    "the card did not answer within " + CARD_TIMEOUT_S + " s");
        }
    }

    /** A card that is not a My Number card keeps its type; any other failure leaves no card, only the problem. */
    private static DoctorReport.Reader unreadable(ReaderSnapshot reader, Throwable cause) {
        if (cause instanceof CardFaultException fault
                && fault.fault() instanceof CardFault.NotMyNumberCard notMyNumber) {
            DoctorReport.Card card = new DoctorReport.Card(notMyNumber.kind(), null, null, null, null);
            return new DoctorReport.Reader(reader.name(), true, reader.atr(), card, notMyNumber.message());
        }
        String problem = cause instanceof CardFaultException fault ? fault.fault().message()
                : "unexpected error: " + cause;
        return new DoctorReport.Reader(reader.name(), true, reader.atr(), null, problem);
    }

    private DoctorReport.Card card(CardReadout readout) {
        Instant now = clock.instant();
        X509Certificate auth = readout.authCertificate().certificate();
        RenewalStatus renewal = RenewalWindow.of(auth).status(now);
        DoctorReport.Checks checks = new DoctorReport.Checks(renewal(renewal), renewal,
                readout.identity().signatureCertificatePresent());
        return new DoctorReport.Card(readout.identity().type().name(), readout.identity().tokenLabel(),
                new DoctorReport.Pins(tries(readout.authTries()), tries(readout.signTries()),
                        tries(readout.kenhojoTries())),
                new DoctorReport.Certificates(
                        CertificateFacts.of(readout.authCertificate(), verifier.verify(auth, now)),
                        anchor(readout.authCaCertificate(), now), anchor(readout.signCaCertificate(), now)),
                checks);
    }

    /** The card's CA copies are only compared with the configured anchors; they never verify anything. */
    private DoctorReport.Certificate anchor(CardCertificate ca, Instant now) {
        return CertificateFacts.of(ca, verifier.verifyAnchor(ca.certificate(), now));
    }

    private static String renewal(RenewalStatus status) {
        if (status instanceof RenewalStatus.NotYet notYet) {
            return "valid; the renewal window opens on " + notYet.opensOn();
        }
        if (status instanceof RenewalStatus.Open open) {
            return "inside the renewal window since " + open.openedOn() + ": renew at the municipal office";
        }
        return "expired on " + ((RenewalStatus.Expired) status).expiredOn() + ": renew at the municipal office";
    }

    private static DoctorReport.Tries tries(jp.madoguchi.card.pin.PinTries tries) {
        return new DoctorReport.Tries(tries.reported() ? tries.triesLeft() : null);
    }
}
