package jp.madoguchi.app.output.document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * Issues the sheets of an approved order: one PDF per copy, each with its own document number and 照合番号, bound to
 * the order's visit. Stands in for the municipality's certificate server (J-LIS flow step 5) with the local registry.
 */
public final class CertificateIssuer {
    private final CertificateComposer composer;
    private final VerificationCodes codes;
    private final Clock clock;
    private final boolean specimen;

    public CertificateIssuer(CertificateComposer composer, VerificationCodes codes, Clock clock) {
        this(composer, codes, clock, false);
    }

    /** @param specimen every page marked 見本/SPECIMEN: a kiosk outside production never issues a real-looking one */
    public CertificateIssuer(CertificateComposer composer, VerificationCodes codes, Clock clock, boolean specimen) {
        this.composer = composer;
        this.codes = codes;
        this.clock = clock;
        this.specimen = specimen;
    }

    /** @throws DocumentRefused when the certificate must not be issued (nothing is issued then) */
    public List<IssuedDocument> issue(CertificateOrder order) {
        CertificateContent content = composer.compose(order);
        byte[] seal = SealImages.of(order.municipality()).orElseThrow(() -> new DocumentRefused("no-seal-image",
                "no municipal seal image for " + order.municipality()));
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<IssuedDocument> sheets = new ArrayList<>(order.copies());
        for (int copy = 0; copy < order.copies(); copy++) {
            DocumentNumber number = DocumentNumber.next(order.municipality(), EraDates.tokyoDate(issuedAt));
            String code = codes.code(number, issuedAt, content.text());
            Sheet sheet = CertificatePdf.layout(content, number, issuedAt, code, seal);
            if (specimen) {
                CertificatePdf.markSpecimen(sheet);
            }
            byte[] pdf = CertificatePdf.write(sheet, content, DocumentBinding.of(order.visit(), number,
                    order.subjectSet()));
            sheets.add(new IssuedDocument(number, order, issuedAt, code, pdf, sheet.pageCount()));
        }
        return List.copyOf(sheets);
    }
}
