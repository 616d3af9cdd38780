package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.Register;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.SubjectChoice;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.api.Test;

/** Municipality, the engine's menu with its reasons, options, people, copies, back navigation and confirm. */
class OrderTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void aRegisteredDomicileElsewhereIsASecondMunicipalityWithOnlyKosekiCertificates() {
        kiosk.toMunicipality("last-try");
        assertThat(kiosk.step(ChooseMunicipality.class).choices()).extracting(MunicipalityChoice::role,
                MunicipalityChoice::name).containsExactly(tuple(
                        MunicipalityRole.RESIDENCE, "千歳市"), tuple(
                        MunicipalityRole.DOMICILE, "播磨町"));

        kiosk.act(new ResidentAction.ChooseMunicipality(MunicipalityRole.DOMICILE));
        ChooseCertificate menu = kiosk.step(ChooseCertificate.class);
        assertThat(menu.municipality().code().value()).isEqualTo(Samples.HARIMA);
        assertThat(menu.items()).allMatch(item -> item.certificate().register() == Register.KOSEKI)
                .allMatch(CertificateChoice::available);
    }

    @Test
    void anUnavailableCertificateIsGreyedWithTheEnginesReasonAndCannotBeChosen() {
        kiosk.toCertificates("renewal", MunicipalityRole.RESIDENCE);
        CertificateChoice seal = item(kiosk, CertificateType.SEAL_REGISTRATION);
        assertThat(seal.available()).isFalse();
        assertThat(seal.reasons()).extracting(Reason::messageKey).containsExactly("seal.cancelled");
        assertThat(seal.reasons().get(0).rule()).isEqualTo("012246:inkan-toroku:seal");

        VisitStep before = kiosk.step();
        kiosk.act(new ResidentAction.ChooseCertificate(CertificateType.SEAL_REGISTRATION));
        assertThat(kiosk.step()).isEqualTo(before);
    }

    @Test
    void aChildUnderTheMinimumAgeSeesWhy() {
        kiosk.toCertificates("minor", MunicipalityRole.RESIDENCE);

        assertThat(item(kiosk, CertificateType.RESIDENT_RECORD).reasons()).extracting(Reason::messageKey,
                Reason::params).containsExactly(tuple("age.below-minimum",
                        Map.of("minimumAge", "15", "age", "12")));
    }

    @Test
    void afterOfficeHoursKosekiIsGreyedWithTheHours() {
        kiosk.clock.advanceTo(Samples.tokyo("2026-11-24T18:00:00"));
        kiosk.toCertificates("default", MunicipalityRole.RESIDENCE);

        CertificateChoice koseki = item(kiosk, CertificateType.KOSEKI_FULL);
        assertThat(koseki.feePerCopy()).contains(350);
        assertThat(koseki.reasons()).extracting(Reason::messageKey).containsExactly("hours.outside");
        assertThat(item(kiosk, CertificateType.RESIDENT_RECORD).available()).isTrue();
    }

    @Test
    void optionsOutsideWhatTheEngineOffersAreIgnored() {
        kiosk.toOptions();
        kiosk.act(new ResidentAction.SetOptions(new RequestedOptions(Set.of(CertificateOption.MY_NUMBER),
                Optional.empty())));
        kiosk.act(new ResidentAction.SetOptions(new RequestedOptions(Set.of(CertificateOption.WHOLE_HOUSEHOLD),
                Optional.empty())));

        assertThat(kiosk.step(ChooseOptions.class).chosen()).isEqualTo(RequestedOptions.NONE);
    }

    @Test
    void taxCertificatesOfferTheYearsOnRecordWithTheNewestChosen() {
        kiosk.start(Service.CERTIFICATES);
        kiosk.card.place();
        kiosk.card.answerRead(Cards.withTries(kiosk.facts("locked"), 3, 5));
        kiosk.enterPin("1234");
        kiosk.card.answerPin(Cards.verified(kiosk.facts("locked")));
        kiosk.card.remove();
        kiosk.act(new ResidentAction.ChooseMunicipality(MunicipalityRole.RESIDENCE));
        kiosk.act(new ResidentAction.ChooseCertificate(CertificateType.INCOME_TAX));

        ChooseOptions options = kiosk.step(ChooseOptions.class);
        assertThat(options.taxYears()).containsExactly(2026, 2025, 2024, 2023);
        assertThat(options.chosen().taxYear()).contains(2026);
        kiosk.act(new ResidentAction.SetOptions(new RequestedOptions(Set.of(), Optional.of(2024))));
        assertThat(kiosk.next().step()).as("only oneself: no subjects step").isInstanceOf(ChooseCopies.class);
    }

    @Test
    void theWholeHouseholdIsChosenOnTheSubjectsScreen() {
        kiosk.toOptions().next();
        kiosk.act(new ResidentAction.ChooseSubjects(SubjectSelection.of(List.of("somebody-else"))));
        assertThat(kiosk.step(ChooseSubjects.class).chosen()).isEqualTo(SubjectSelection.SELF);

        kiosk.act(new ResidentAction.ChooseSubjects(SubjectSelection.WHOLE_HOUSEHOLD));
        Confirm confirm = kiosk.next().next().step(Confirm.class);

        assertThat(confirm.order().wholeHousehold()).isTrue();
        assertThat(confirm.order().subjects()).extracting(SubjectChoice::ref)
                .containsExactly("default", "default-spouse", "default-child", "default-mother");
        assertThat(confirm.allowed()).isTrue();
    }

    @Test
    void copiesStayWithinTheMunicipalitysLimit() {
        kiosk.toOptions().next().next();
        kiosk.act(new ResidentAction.SetCopies(0));
        kiosk.act(new ResidentAction.SetCopies(11));
        assertThat(kiosk.step()).isEqualTo(new ChooseCopies(1, 10, 200));
        kiosk.act(new ResidentAction.SetCopies(10));
        assertThat(kiosk.step()).isEqualTo(new ChooseCopies(10, 10, 200));
    }

    @Test
    void backWalksTheSameScreensInReverseAndLeavesFromTheMunicipality() {
        kiosk.toConfirm();
        List<Class<?>> seen = new ArrayList<>();
        while (!(kiosk.step() instanceof Attract)) {
            kiosk.act(new ResidentAction.Back());
            seen.add(kiosk.step().getClass());
        }
        assertThat(seen).containsExactly(ChooseCopies.class, ChooseSubjects.class, ChooseOptions.class,
                ChooseCertificate.class, ChooseMunicipality.class, Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.CANCELLED, 1);
    }

    @Test
    void screensWithoutAChoiceAreSkippedBothWays() {
        kiosk.toCertificates("default", MunicipalityRole.RESIDENCE);
        kiosk.act(new ResidentAction.ChooseCertificate(CertificateType.SEAL_REGISTRATION));
        assertThat(kiosk.step()).isEqualTo(new ChooseCopies(1, 10, 200));
        kiosk.act(new ResidentAction.Back());
        assertThat(kiosk.step()).isInstanceOf(ChooseCertificate.class);
    }

    @Test
    void theDecisionAtConfirmTimeCountsAndIsJournaled() {
        kiosk.clock.advanceTo(Samples.tokyo("2026-11-24T22:59:00"));
        kiosk.toConfirm();
        assertThat(kiosk.step(Confirm.class).allowed()).isTrue();

        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.next();
        Confirm refused = kiosk.step(Confirm.class);
        assertThat(refused.refusal()).extracting(Reason::messageKey).containsExactly("hours.outside");
        assertThat(refused.order().feeTotal()).isZero();
        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(refused);
        assertThat(kiosk.journal.entries()).filteredOn(JournalEntry.Decided.class::isInstance)
                .extracting(entry -> ((JournalEntry.Decided) entry).allowed(),
                        entry -> ((JournalEntry.Decided) entry).ruleIds())
                .containsExactly(tuple(false, List.of("284645:juminhyo:hours")));
    }

    private static CertificateChoice item(VisitHarness kiosk, CertificateType type) {
        return kiosk.step(ChooseCertificate.class).items().stream().filter(item -> item.certificate() == type)
                .findFirst().orElseThrow();
    }
}
