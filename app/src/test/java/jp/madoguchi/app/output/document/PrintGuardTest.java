package jp.madoguchi.app.output.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import org.junit.jupiter.api.Test;

class PrintGuardTest {
    private static final PrintGuard GUARD = new PrintGuard(Samples.REGISTRY);
    private final VisitId visit = VisitId.random();

    @Test
    void clearsTheRequestersOwnSheetAndAHouseholdMembers() {
        IssuedDocument own = issue(Certificates.order(visit, Samples.HARIMA, "default", CertificateType.RESIDENT_RECORD));
        IssuedDocument spouse = issue(manual(visit, "default", CertificateType.RESIDENT_RECORD, "default-spouse"));

        assertThat(GUARD.check(visit, "default", own)).isEqualTo(new GuardVerdict.Cleared(own.number()));
        assertThat(GUARD.check(visit, "default", spouse)).isInstanceOf(GuardVerdict.Cleared.class);
    }

    @Test
    void refusesASheetOfAnotherVisit() {
        IssuedDocument earlier = issue(Certificates.order(VisitId.random(), Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD));

        assertThat(reason(GUARD.check(visit, "default", earlier))).isEqualTo("other-visit");
    }

    @Test
    void refusesASheetOfAnotherRequesterInTheSameVisit() {
        IssuedDocument other = issue(manual(visit, "last-try", CertificateType.RESIDENT_RECORD, "last-try"));

        assertThat(reason(GUARD.check(visit, "default", other))).isEqualTo("other-requester");
    }

    @Test
    void refusesARecordWhosePdfBytesBelongToAnotherSheet() {
        IssuedDocument mine = issue(Certificates.order(visit, Samples.HARIMA, "default", CertificateType.RESIDENT_RECORD));
        IssuedDocument stranger = issue(Certificates.order(VisitId.random(), Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD));
        IssuedDocument crossed = new IssuedDocument(mine.number(), mine.order(), mine.issuedAt(),
                mine.verificationCode(), stranger.pdf(), stranger.pages());

        GuardVerdict verdict = GUARD.check(visit, "default", crossed);

        assertThat(reason(verdict)).isEqualTo("binding-mismatch");
        assertThat(((GuardVerdict.Refused) verdict).detail()).contains(stranger.number().value());
    }

    @Test
    void refusesSubjectsOutsideWhatTheLawAllowsTheRequester() {
        IssuedDocument stranger = issue(manual(visit, "default", CertificateType.RESIDENT_RECORD, "renewal"));
        IssuedDocument mothersSeal = issue(manual(visit, "default", CertificateType.SEAL_REGISTRATION, "default-mother"));
        IssuedDocument otherKoseki = issue(manual(visit, "default", CertificateType.KOSEKI_FULL, "default-mother"));

        assertThat(reason(GUARD.check(visit, "default", stranger))).isEqualTo("subject-not-allowed");
        assertThat(reason(GUARD.check(visit, "default", mothersSeal))).as("印鑑: self only").isEqualTo("subject-not-allowed");
        assertThat(reason(GUARD.check(visit, "default", otherKoseki))).as("her own 戸籍").isEqualTo("subject-not-allowed");
    }

    @Test
    void aCancelledSealIsNeverCertifiedNorPrinted() {
        assertThatThrownBy(() -> issue(manual(visit, "renewal", CertificateType.SEAL_REGISTRATION, "renewal")))
                .isInstanceOf(DocumentRefused.class).hasMessageStartingWith("seal-not-registered");

        IssuedDocument issued = issue(manual(visit, "default", CertificateType.SEAL_REGISTRATION, "default"));
        PrintGuard afterCancellation = new PrintGuard(registryWithSeal("default", SealRegistration.CANCELLED));

        assertThat(reason(afterCancellation.check(visit, "default", issued))).isEqualTo("seal-not-registered");
    }

    @Test
    void aStatementIsPrintedOnlyForItsOwnResidentInItsOwnVisit() {
        IssuedStatement statement = statement(visit, "default");
        IssuedStatement stranger = statement(VisitId.random(), "default");
        IssuedStatement crossed = new IssuedStatement(statement.number(), visit, "default", statement.issuedAt(),
                stranger.pdf(), stranger.pages());

        assertThat(GUARD.check(visit, "default", statement)).isInstanceOf(GuardVerdict.Cleared.class);
        assertThat(reason(GUARD.check(visit, "default-spouse", statement))).isEqualTo("other-requester");
        assertThat(reason(GUARD.check(visit, "default", stranger))).isEqualTo("other-visit");
        assertThat(reason(GUARD.check(visit, "default", crossed))).isEqualTo("binding-mismatch");
    }

    private static IssuedStatement statement(VisitId visit, String resident) {
        return new StatementIssuer(Clock.fixed(Certificates.AT, ZoneOffset.UTC)).issue(visit, resident,
                Certificates.PLACES.municipality(MunicipalityCode.parse(Samples.HARIMA)), AccountStatement.EMPTY);
    }

    /** An order made without the rules engine, as a bug or a crossed request would. */
    static CertificateOrder manual(VisitId visit, String requester, CertificateType type, String subject) {
        return new CertificateOrder(visit, MunicipalityCode.parse(Samples.HARIMA), requester, type, List.of(subject),
                RequestedOptions.NONE, Optional.empty(), false, false, 1, 200);
    }

    private static IssuedDocument issue(CertificateOrder order) {
        return Certificates.ISSUER.issue(order).get(0);
    }

    private static String reason(GuardVerdict verdict) {
        assertThat(verdict).isInstanceOf(GuardVerdict.Refused.class);
        return ((GuardVerdict.Refused) verdict).reason();
    }

    private static InMemoryResidentRegistry registryWithSeal(String id, SealRegistration seal) {
        return InMemoryResidentRegistry.of(Samples.REGISTRY.residents().stream().map(r -> !r.id().equals(id) ? r
                : new Resident(r.id(), r.name(), r.birthDate(), r.address(), r.residentSince(), r.householdId(),
                        r.householdHead(), r.koseki(), r.nationality(), seal, r.flags())).toList());
    }
}
