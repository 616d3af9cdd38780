package jp.madoguchi.app.kiosk.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import jp.madoguchi.app.doctor.DoctorReport;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.jpki.CardType;
import jp.madoguchi.ui.staff.CardFindings;
import jp.madoguchi.ui.staff.ReaderFinding;

/**
 * The doctor's report as the staff screen's findings: the same reading ({@code doctor --json} shape), turned from
 * its words back into the values the screen words itself in the clerk's language. Dates are Japan dates.
 */
final class TestReads {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private TestReads() {}

    static List<ReaderFinding> of(DoctorReport report) {
        return report.readers().stream().map(TestReads::finding).toList();
    }

    private static ReaderFinding finding(DoctorReport.Reader reader) {
        if (!reader.cardPresent()) {
            return ReaderFinding.noCard(reader.name());
        }
        DoctorReport.Card card = reader.card();
        if (card == null) {
            return ReaderFinding.unreadable(reader.name(), reader.problem());
        }
        if (reader.problem() != null || card.checks() == null) {
            return ReaderFinding.otherCard(reader.name(), type(card.type()), reader.problem());
        }
        return ReaderFinding.myNumberCard(reader.name(), findings(card));
    }

    private static CardFindings findings(DoctorReport.Card card) {
        DoctorReport.Certificate auth = card.certificates().auth();
        CardFindings.CertificateFinding certificate = new CardFindings.CertificateFinding(status(auth),
                auth.chain().message(), LocalDate.ofInstant(Instant.parse(auth.notAfter()), JAPAN),
                new CardFindings.CertificateIdentity(auth.subject(), auth.serial(), auth.sha256()));
        return new CardFindings(CardFindings.tries(card.pins().auth().triesLeft()),
                CardFindings.tries(card.pins().sign().triesLeft()), CardFindings.tries(card.pins().kenhojo().triesLeft()),
                card.checks().signatureCertificatePresent(), certificate, card.checks().renewalStatus(),
                status(card.certificates().authCa()), status(card.certificates().signCa()));
    }

    private static ChainStatus status(DoctorReport.Certificate certificate) {
        return ChainStatus.valueOf(certificate.chain().status());
    }

    /** A kind the doctor names that this version does not know reads as an unknown card. */
    private static CardType type(String name) {
        return Arrays.stream(CardType.values()).filter(type -> type.name().equals(name)).findFirst()
                .orElse(CardType.UNKNOWN);
    }
}
