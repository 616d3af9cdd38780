package jp.madoguchi.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.cert.RenewalStatus;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.staff.CardFindings.CertificateFinding;
import jp.madoguchi.ui.staff.CardFindings.CertificateIdentity;

/**
 * A test read's finding in plain words: what lies on the reader, each PIN's tries, the certificate's state and last
 * day, the card's CA copies; the certificate's subject, serial and fingerprint only when staff asked for them.
 */
final class FindingLines {
    private final I18n i18n;

    FindingLines(I18n i18n) {
        this.i18n = i18n;
    }

    List<StaffLine> of(ReaderFinding finding, boolean showIdentity) {
        List<StaffLine> lines = new ArrayList<>();
        String reader = finding.reader();
        switch (finding.kind()) {
            case NO_CARD -> lines.add(StaffLine.plain(i18n.tr("staff.line", reader, i18n.tr("staff.find.noCard"))));
            case UNREADABLE -> lines.add(StaffLine.problem(i18n.tr("staff.line", reader,
                    i18n.tr("staff.find.unreadable"))));
            case OTHER_CARD -> lines.add(StaffLine.problem(i18n.tr("staff.line", reader,
                    i18n.tr(StaffWords.otherCard(finding.type().orElseThrow())))));
            case MY_NUMBER_CARD -> {
                lines.add(StaffLine.good(i18n.tr("staff.line", reader, i18n.tr("staff.find.myNumber"))));
                lines.addAll(card(finding.card().orElseThrow(), showIdentity));
            }
        }
        if (!finding.detail().isEmpty()) {
            lines.add(StaffLine.detail(i18n.tr("staff.detail", finding.detail())));
        }
        return lines;
    }

    private List<StaffLine> card(CardFindings card, boolean showIdentity) {
        List<StaffLine> lines = new ArrayList<>();
        lines.add(tries("cardCheck.pin.auth", card.authTries()));
        lines.add(tries("cardCheck.pin.signature", card.signTries()));
        lines.add(tries("staff.find.pin.kenhojo", card.kenhojoTries()));
        CertificateFinding auth = card.auth();
        String state = i18n.tr(StaffWords.certificate(auth.status()));
        lines.add(auth.status() == ChainStatus.VALID ? StaffLine.plain(i18n.tr("staff.line",
                i18n.tr("cardCheck.certificate"), state)) : StaffLine.problem(i18n.tr("staff.line",
                i18n.tr("cardCheck.certificate"), state)));
        if (auth.status() != ChainStatus.VALID) {
            lines.add(StaffLine.detail(i18n.tr("staff.detail", auth.statusDetail())));
        }
        lines.add(StaffLine.plain(i18n.tr("cardCheck.expiry", i18n.date(auth.validUntil()))));
        card.renewalDate().ifPresent(date -> lines.add(StaffLine.plain(i18n.tr(
                card.renewal() instanceof RenewalStatus.Open ? "staff.find.renewal.open" : "staff.find.renewal.notYet",
                i18n.date(date)))));
        lines.add(StaffLine.plain(i18n.tr(card.signatureCertificate() ? "cardCheck.signature.present"
                : "cardCheck.signature.absent")));
        lines.add(ca("staff.find.authCa", card.authCa()));
        lines.add(ca("staff.find.signCa", card.signCa()));
        lines.addAll(identity(auth.identity(), showIdentity));
        return lines;
    }

    private List<StaffLine> identity(CertificateIdentity identity, boolean shown) {
        if (!shown) {
            return List.of(StaffLine.detail(i18n.tr("staff.serials.hidden")));
        }
        return List.of(StaffLine.plain(i18n.tr("staff.find.subject", identity.subject())),
                StaffLine.plain(i18n.tr("staff.find.serial", identity.serial())),
                StaffLine.plain(i18n.tr("staff.find.sha256", grouped(identity.sha256()))));
    }

    /** A fingerprint in groups of 16, as fingerprints are read out and compared, and so it breaks between groups. */
    static String grouped(String hex) {
        return String.join(" ", hex.split("(?<=\\G.{16})"));
    }

    private StaffLine tries(String pinKey, OptionalInt tries) {
        String left = tries.isEmpty() ? i18n.tr("cardCheck.pin.unknown")
                : tries.getAsInt() == 0 ? i18n.tr("cardCheck.pin.locked")
                : i18n.tr("cardCheck.pin.triesLeft", tries.getAsInt());
        String line = i18n.tr("staff.line", i18n.tr(pinKey), left);
        return tries.isPresent() && tries.getAsInt() > 0 ? StaffLine.plain(line) : StaffLine.problem(line);
    }

    private StaffLine ca(String labelKey, ChainStatus status) {
        String line = i18n.tr("staff.line", i18n.tr(labelKey), i18n.tr(StaffWords.certificateAuthority(status)));
        return status == ChainStatus.VALID ? StaffLine.plain(line) : StaffLine.problem(line);
    }
}
