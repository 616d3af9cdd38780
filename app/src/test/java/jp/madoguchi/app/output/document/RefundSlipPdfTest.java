package jp.madoguchi.app.output.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import org.junit.jupiter.api.Test;

class RefundSlipPdfTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);

    @Test
    void theSlipSaysHowMuchIsOwedWhyToWhomAndWhereToClaimIt() {
        VisitId visit = VisitId.random();
        DocumentNumber number = DocumentNumber.next(HARIMA, Certificates.AT.atZone(ZoneOffset.UTC).toLocalDate());
        RefundSlip slip = new RefundSlip(number, "kiosk-7", visit, Certificates.PLACES.municipality(HARIMA),
                Certificates.AT, 1500, "payment-jam");

        String text = Certificates.text(RefundSlipPdf.write(slip));

        assertThat(text).contains("返金票", "REFUND SLIP", number.value(), "1,500", "支払い機の詰まり", "payment-jam",
                visit.value(), "kiosk-7", "播磨町", "係員", EraDates.dateTime(Certificates.AT));
    }
}
