package jp.madoguchi.app.output.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class ReceiptAndStatementTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);

    @Test
    void theReceiptListsEachSheetAndTheCashAndSaysItWasADemonstration() throws IOException {
        DocumentNumber first = DocumentNumber.next(HARIMA, Certificates.AT.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        DocumentNumber second = DocumentNumber.next(HARIMA, Certificates.AT.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        DocumentNumber number = DocumentNumber.next(HARIMA, Certificates.AT.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        Receipt receipt = new Receipt(number, "kiosk-7", Certificates.PLACES.municipality(HARIMA), Certificates.AT,
                List.of(new Receipt.Line(CertificateType.RESIDENT_RECORD, first, 200),
                        new Receipt.Line(CertificateType.SEAL_REGISTRATION, second, 200)), 1000, 600, 0, true);

        byte[] pdf = ReceiptPdf.write(receipt);

        assertA4SinglePage(pdf);
        assertThat(Certificates.text(pdf)).contains("領収書", "住民票の写し", "印鑑登録証明書", first.value(),
                second.value(), "領収番号 " + number.value(), "合計", "400円", "お預かり", "1,000円", "お釣り", "600円", "播磨町", "kiosk-7",
                "デモ用").doesNotContain("返金");
    }

    @Test
    void theStatementPrintsWhatTheInquiryShowedWithEveryAmountOwedAndItsNumber() throws IOException {
        AccountStatement account = new AccountStatement(List.of(
                new AccountVisit(LocalDate.of(2026, 10, 1), List.of("juminhyo", "juminhyo"), 400, 0),
                new AccountVisit(LocalDate.of(2026, 11, 2), List.of(), 0, 450)), 300);
        VisitId visit = VisitId.random();

        IssuedStatement issued = issuer().issue(visit, "default", Certificates.PLACES.municipality(HARIMA), account);

        assertA4SinglePage(issued.pdf());
        assertThat(issued.pages()).isEqualTo(1);
        assertThat(issued.feeYen()).isZero();
        assertThat(Certificates.text(issued.pdf())).contains("ご利用履歴・残高照会", "播磨町", "照会番号 "
                + issued.number().value(), "令和8年10月1日", "住民票の写し ×2", "400円", "（交付なし）", "450円",
                "手数料の合計", "印刷できなかった分の返金予定額", "市区町村からの返金予定額（過払い等）", "300円",
                "返金予定額の合計", "750円", "証明書ではありません").doesNotContain("見本 太郎");
        assertThat(DocumentBinding.read(issued.pdf()))
                .isEqualTo(DocumentBinding.of(visit, issued.number(), Set.of("default")));
    }

    @Test
    void anEmptyStatementSaysThereIsNothingAndOwesNothing() throws IOException {
        IssuedStatement issued = issuer().issue(VisitId.random(), "minor", Certificates.PLACES.municipality(HARIMA),
                AccountStatement.EMPTY);

        assertThat(Certificates.text(issued.pdf())).contains("この端末でのご利用の記録はありません。",
                "返金予定額の合計", "0円");
    }

    @Test
    void aLongHistoryContinuesOnASecondA4Page() throws IOException {
        List<AccountVisit> visits = new ArrayList<>();
        for (int day = 1; day <= 60; day++) {
            visits.add(new AccountVisit(LocalDate.of(2026, 1, 1).plusDays(day), List.of("juminhyo"), 200, 0));
        }
        IssuedStatement issued = issuer().issue(VisitId.random(), "default",
                Certificates.PLACES.municipality(HARIMA), new AccountStatement(visits, 0));

        try (PDDocument document = Loader.loadPDF(issued.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2).isEqualTo(issued.pages());
        }
        assertThat(Certificates.text(issued.pdf())).contains("12,000円");
    }

    private static StatementIssuer issuer() {
        return new StatementIssuer(Clock.fixed(Certificates.AT, ZoneOffset.UTC));
    }

    private static void assertA4SinglePage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }
}
