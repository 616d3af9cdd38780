package jp.madoguchi.app.output.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Orders decided by the real rules engine on the sample rules and registry, and an issuer over them. */
public final class Certificates {
    public static final Instant AT = Samples.tokyo("2026-11-20T10:00:00");
    public static final Places PLACES = Places.of(Samples.BOOK);
    public static final CertificateIssuer ISSUER = issuer(new CertificateComposer(Samples.REGISTRY, PLACES,
            new SampleMyNumbers()));

    private Certificates() {}

    public static CertificateIssuer issuer(CertificateComposer composer) {
        return new CertificateIssuer(composer, VerificationCodes.withRandomKey(), Clock.fixed(AT, ZoneOffset.UTC));
    }

    /** An order the engine allowed; fails the test if it was denied. */
    public static CertificateOrder order(RuleEngine engine, VisitId visit, String municipality, String resident,
            CertificateType type, Set<CertificateOption> options, List<String> subjects, boolean myNumberChosen,
            int copies) {
        IssuanceRequest request = new IssuanceRequest(MunicipalityCode.parse(municipality), AT,
                Samples.requester(resident), type, subjects, new RequestedOptions(options, Optional.empty()), copies);
        Decision decision = engine.decide(request);
        assertThat(decision.reasons()).as("rules engine decision").isEmpty();
        return CertificateOrder.approved(visit, request, (Decision.Allowed) decision, myNumberChosen);
    }

    public static CertificateOrder order(VisitId visit, String municipality, String resident, CertificateType type,
            CertificateOption... options) {
        return order(Samples.ENGINE, visit, municipality, resident, type, Set.of(options), List.of(), false, 1);
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
