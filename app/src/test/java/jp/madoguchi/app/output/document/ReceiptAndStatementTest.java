package jp.madoguchi.app.output.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.madoguchi.app.output.DocumentNumber;
import jp.madoguchi.app.output.VisitId;
import jp.madoguchi.app.output.journal.AccountHistory;
import jp.madoguchi.app.output.journal.EndReason;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalEvent;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptAndStatementTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);

    @TempDir
    Path dir;

    @Test
    void theReceiptListsEachSheetAndTheCashAndSaysItWasADemonstration() throws IOException {
        DocumentNumber first = DocumentNumber.next(HARIMA, Certificates.AT.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        DocumentNumber second = DocumentNumber.next(HARIMA, Certificates.AT.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        Receipt receipt = new Receipt("kiosk-7", Certificates.PLACES.municipality(HARIMA), Certificates.AT,
                List.of(new Receipt.Line(CertificateType.RESIDENT_RECORD, first, 200),
                        new Receipt.Line(CertificateType.SEAL_REGISTRATION, second, 200)), 1000, 600, 0, true);

        byte[] pdf = ReceiptPdf.write(receipt);

        assertA4SinglePage(pdf);
        assertThat(Certificates.text(pdf)).contains("領収書", "住民票の写し", "印鑑登録証明書", first.value(),
                second.value(), "合計", "400円", "お預かり", "1,000円", "お釣り", "600円", "播磨町", "kiosk-7",
                "デモ用").doesNotContain("返金");
    }

    @Test
    void theStatementShowsOnlyThisCardsVisitsInThisMunicipalityWithTheRefundStillOwed() throws IOException {
        Statement statement;
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            String mine = journal.cards().hash("01:02:03");
            String someoneElse = journal.cards().hash("09:09:09");
            visit(journal, mine, Samples.HARIMA, "juminhyo", true);
            visit(journal, mine, Samples.HARIMA, "juminhyo", false);
            visit(journal, mine, Samples.HARIMA, "koseki-zenbu", false);
            visit(journal, someoneElse, Samples.HARIMA, "inkan-toroku", true);
            visit(journal, mine, Samples.CHITOSE, "nozei", true);

            statement = new Statement(Certificates.PLACES.municipality(HARIMA), Certificates.AT,
                    AccountHistory.of(journal, mine, Samples.HARIMA));
        }

        assertThat(statement.visits()).hasSize(3);
        assertThat(statement.totalFees()).isEqualTo(200);
        assertThat(statement.refundOutstanding()).isEqualTo(550);
        byte[] pdf = StatementPdf.write(statement);
        assertA4SinglePage(pdf);
        assertThat(Certificates.text(pdf)).contains("ご利用履歴・残高照会", "播磨町", "住民票の写し", "（交付なし）",
                "200円", "350円", "550円", "手数料の合計", "返金予定額").doesNotContain("印鑑登録証明書", "納税証明書");
    }

    /** A paid visit for one sheet; when it did not print, its fee (200, or 350 for 戸籍) is owed back. */
    private static void visit(Journal journal, String card, String municipality, String certificate, boolean printed) {
        VisitId visit = VisitId.random();
        int fee = certificate.startsWith("koseki") ? 350 : 200;
        String number = DocumentNumber.next(MunicipalityCode.parse(municipality), java.time.LocalDate.of(2026, 11, 20))
                .value();
        journal.record(visit, new JournalEvent.CardIdentified(card));
        journal.record(visit, new JournalEvent.ServiceChosen(municipality, certificate, 1));
        journal.record(visit, new JournalEvent.CashInserted(fee));
        journal.record(visit, new JournalEvent.DocumentIssued(number, certificate, fee));
        journal.record(visit, new JournalEvent.PrintFinished(number, printed, printed ? "" : "out-of-paper"));
        if (!printed) {
            journal.record(visit, new JournalEvent.RefundDue(fee, "out-of-paper"));
        }
        journal.record(visit, EndReason.COMPLETED.event());
    }

    private static void assertA4SinglePage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }
}
