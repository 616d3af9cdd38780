package jp.madoguchi.app.output.document;

import static jp.madoguchi.issuance.rules.CertificateOption.HONSEKI;
import static jp.madoguchi.issuance.rules.CertificateOption.HOUSEHOLD_HEAD;
import static jp.madoguchi.issuance.rules.CertificateOption.WHOLE_HOUSEHOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.VisitId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class CertificateDocumentTest {
    private final VisitId visit = VisitId.random();

    @Test
    void aWholeHouseholdResidentRecordIsAnA4PdfWithItsTextFontSealAndNumbers() throws IOException {
        CertificateOrder order = Certificates.order(visit, Samples.HARIMA, "default", CertificateType.RESIDENT_RECORD,
                WHOLE_HOUSEHOLD, HOUSEHOLD_HEAD, HONSEKI);

        IssuedDocument doc = single(Certificates.ISSUER.issue(order));
        keep(doc, "juminhyo-whole-household");

        try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(doc.pages()).isBetween(1, 2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                assertThat(page.getResources().getPatternNames()).as("anti-copy background").hasSize(1);
            }
            PDPage first = pdf.getPage(0);
            PDFont font = first.getResources().getFont(first.getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("IPAexGothic");
            assertThat(font.isEmbedded()).isTrue();
            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
            assertThat(last.getResources().getXObjectNames()).as("municipal seal image").hasSize(1);
        }
        String text = Certificates.text(doc.pdf());
        assertThat(text).contains("住民票の写し", "見本 太郎", "見本 花子", "見本 一郎", "見本 梅子", "兵庫県播磨町本荘一丁目1番1号",
                "昭和53年5月5日", "世帯主", "本籍", "この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
                "令和8年11月20日", "播磨町長", doc.number().value(), doc.verificationCode());
        assertThat(text).doesNotContain("住民票コード", "個人番号");
        assertThat(text.split("複写", -1)).as("複写 twice per page in the footer note only: the pattern is paint")
                .hasSize(1 + 2 * doc.pages());
    }

    @Test
    void aKioskOutsideProductionMarksEveryPageAsASpecimen() {
        CertificateOrder order = Certificates.order(Samples.ENGINE, visit, Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD, Set.of(), List.of(), false, 1);
        CertificateIssuer training = new CertificateIssuer(new CertificateComposer(Samples.REGISTRY,
                Certificates.PLACES, new SampleMyNumbers()), VerificationCodes.withRandomKey(),
                Clock.fixed(Certificates.AT, ZoneOffset.UTC), true);

        IssuedDocument specimen = training.issue(order).get(0);
        IssuedDocument real = Certificates.ISSUER.issue(order).get(0);

        assertThat(Certificates.text(specimen.pdf()).split("SPECIMEN", -1)).hasSize(1 + 2 * specimen.pages());
        assertThat(Certificates.text(specimen.pdf())).contains("証明書ではありません");
        assertThat(Certificates.text(real.pdf())).doesNotContain("SPECIMEN", "証明書ではありません");
    }

    @Test
    void eachCopyIsItsOwnSheetWithItsOwnNumberAndCode() {
        CertificateOrder order = Certificates.order(Samples.ENGINE, visit, Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD, Set.of(), List.of(), false, 2);

        List<IssuedDocument> sheets = Certificates.ISSUER.issue(order);

        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(0).number()).isNotEqualTo(sheets.get(1).number());
        assertThat(sheets.get(0).verificationCode()).isNotEqualTo(sheets.get(1).verificationCode());
        assertThat(Certificates.text(sheets.get(1).pdf())).contains(sheets.get(1).number().value())
                .doesNotContain(sheets.get(0).number().value(), "見本 花子");
    }

    @Test
    void aSealCertificateShowsTheImpression() {
        IssuedDocument doc = single(Certificates.ISSUER.issue(
                Certificates.order(visit, Samples.HARIMA, "default", CertificateType.SEAL_REGISTRATION)));
        keep(doc, "inkan");

        assertThat(Certificates.text(doc.pdf())).contains("印鑑登録証明書", "印影", "見本 太郎",
                "この写しは、登録されている印影と相違ないことを証明する。");
    }

    @Test
    void aFullKosekiCertificateListsTheWholeKosekiAndNobodyElse() {
        IssuedDocument doc = single(Certificates.ISSUER.issue(
                Certificates.order(visit, Samples.HARIMA, "default", CertificateType.KOSEKI_FULL)));

        assertThat(Certificates.text(doc.pdf())).contains("戸籍全部事項証明書", "見本 太郎", "見本 花子", "見本 一郎")
                .doesNotContain("見本 梅子");
    }

    @Test
    void aTaxCertificateNamesItsYearInKagoshima() {
        IssuedDocument doc = single(Certificates.ISSUER.issue(
                Certificates.order(visit, Samples.KAGOSHIMA, "locked", CertificateType.INCOME_TAX)));
        keep(doc, "shotoku-kazei");

        assertThat(Certificates.text(doc.pdf())).contains("所得・課税証明書", "令和8年度", "鹿児島市長", "試験 ゆり");
    }

    static IssuedDocument single(List<IssuedDocument> docs) {
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    /** Leaves a copy in target/documents for a person to look at. */
    static void keep(IssuedDocument doc, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "documents"));
            Files.write(dir.resolve(name + ".pdf"), doc.pdf());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
