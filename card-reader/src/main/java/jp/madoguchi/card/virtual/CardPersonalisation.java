package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardFile.FREE;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.card.jpki.Application;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.HolderCredentials;

/**
 * Writes a holder's data onto a blank virtual card, as the municipal office does at issuance: the JPKI AP
 * (docs/card.md) and, on a My Number card, the 券面事項入力補助 AP with its PIN-protected EFs 0001/0002.
 * Files the kiosk never uses (EF 0003–0008 of Kenhojo, the Kenkaku AP) are absent and answer 6A82.
 */
final class CardPersonalisation {
    private static final byte CERT_PRESENT = (byte) 0x8F;
    private static final int KENHOJO_MY_NUMBER = 0x0001;
    private static final int KENHOJO_BASIC_FOUR_INFO = 0x0002;

    private CardPersonalisation() {}

    /** The persistent content of a personalised card: applications and the PIN counters inside them. */
    record CardImage(List<CardApplication> applications, Map<PinKind, PinCounter> counters) {}

    static CardImage personalise(Holder holder, HolderCredentials credentials) {
        Map<PinKind, PinCounter> counters = new EnumMap<>(PinKind.class);
        for (PinKind kind : PinKind.values()) {
            counters.put(kind, new PinCounter(kind, holder.pins().ascii(kind).orElse(null),
                    holder.initialTries(kind)));
        }
        List<CardApplication> applications = new ArrayList<>();
        applications.add(jpki(holder, credentials, counters));
        if (holder.variant().hasKenhojo()) {
            applications.add(kenhojo(holder, counters.get(PinKind.KENHOJO)));
        }
        return new CardImage(List.copyOf(applications), counters);
    }

    private static CardApplication jpki(Holder holder, HolderCredentials credentials,
            Map<PinKind, PinCounter> counters) {
        boolean hasSign = credentials.signCertificate().isPresent();
        List<CardFile> files = new ArrayList<>();
        credentials.signCertificate().ifPresent(cert ->
                files.add(new CardFile.Binary(JpkiFile.SIGN_CERT, der(cert), JpkiFile.SIGN_PIN)));
        files.add(new CardFile.Binary(JpkiFile.SIGN_CA_CERT, der(credentials.signCaCertificate()), FREE));
        files.add(new CardFile.Binary(JpkiFile.TOKEN_INFO,
                TokenInfo.encode(holder.variant().tokenLabel(), holder.residentId().substring(4)), FREE));
        files.add(new CardFile.Binary(JpkiFile.CERT_PRESENCE,
                new byte[] {hasSign ? CERT_PRESENT : 0x00, CERT_PRESENT, 0x00}, FREE));
        files.add(new CardFile.Binary(JpkiFile.AUTH_CERT, der(credentials.authCertificate()),
                holder.variant().authCertificateNeedsPin() ? JpkiFile.AUTH_PIN : FREE));
        files.add(new CardFile.Binary(JpkiFile.AUTH_CA_CERT, der(credentials.authCaCertificate()), FREE));
        files.add(new CardFile.Key(JpkiFile.AUTH_KEY, credentials.authKey(), JpkiFile.AUTH_PIN));
        files.add(new CardFile.Pin(JpkiFile.AUTH_PIN, counters.get(PinKind.AUTH)));
        // Without a sign certificate the key and password references still exist (OpenSC's PKCS#15 bind
        // queries both PINs and fails if either is missing); the password was never set, so it never verifies.
        files.add(new CardFile.Key(JpkiFile.SIGN_KEY, credentials.signKey(), JpkiFile.SIGN_PIN));
        files.add(new CardFile.Pin(JpkiFile.SIGN_PIN, counters.get(PinKind.SIGN)));
        return new CardApplication(Application.JPKI, files);
    }

    private static CardApplication kenhojo(Holder holder, PinCounter pin) {
        return new CardApplication(Application.KENHOJO, List.of(
                new CardFile.Pin(JpkiFile.KENHOJO_PIN, pin),
                new CardFile.Binary(KENHOJO_MY_NUMBER, KenhojoRecords.myNumber(holder.myNumber()),
                        JpkiFile.KENHOJO_PIN),
                new CardFile.Binary(KENHOJO_BASIC_FOUR_INFO, KenhojoRecords.basicFourInfo(holder.person()),
                        JpkiFile.KENHOJO_PIN)));
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Unencodable test certificate", e);
        }
    }
}
