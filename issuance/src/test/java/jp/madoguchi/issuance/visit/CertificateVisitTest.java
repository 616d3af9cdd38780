package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.SubjectChoice;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import org.junit.jupiter.api.Test;

/** The whole certificate visit of the default holder, one transition at a time. */
class CertificateVisitTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void placeCardReadEnterPinAndTakeTheCard() {
        assertThat(kiosk.step()).isEqualTo(new Attract(List.of(Service.values())));
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();

        kiosk.start(Service.CERTIFICATES);
        assertThat(kiosk.step()).isEqualTo(new PlaceCard(Service.CERTIFICATES));
        kiosk.card.place();
        assertThat(kiosk.step()).isEqualTo(new ReadingCard(0));
        kiosk.card.send(new CardEvent.Progress(kiosk.card.last(FakeCardPort.Kind.READ).id(), 50));
        assertThat(kiosk.step()).isEqualTo(new ReadingCard(50));
        kiosk.card.answerRead(kiosk.facts("default"));
        assertThat(kiosk.step()).isEqualTo(new PinEntry(4, 3, PinNotice.NONE, false));

        kiosk.enterPin("1234");
        assertThat(kiosk.step()).isEqualTo(new CheckingPin());
        assertThat(kiosk.card.pinsSent()).containsExactly("1234");
        kiosk.card.answerPin(Cards.verified(kiosk.facts("default")));
        assertThat(kiosk.step()).isEqualTo(new RemoveCard(false));

        kiosk.card.remove();
        assertThat(kiosk.step()).isEqualTo(new ChooseMunicipality(List.of(
                new MunicipalityChoice(MunicipalityRole.RESIDENCE, MunicipalityCode.parse("284645"), "播磨町"))));
    }

    @Test
    void aCardPlacedBeforeTheServiceIsReadOnceTheResidentSaysItIsTheirs() {
        kiosk.card.place();
        kiosk.start(Service.CERTIFICATES);
        kiosk.act(new ResidentAction.CardOwner(true));

        assertThat(kiosk.step()).isEqualTo(new ReadingCard(0));
        assertThat(kiosk.card.requests()).extracting(FakeCardPort.Request::kind)
                .containsExactly(FakeCardPort.Kind.READ);
    }

    @Test
    void chooseCertificateOptionsPeopleAndCopiesThenPayPrintAndTakeThem() {
        kiosk.toCertificates("default", MunicipalityRole.RESIDENCE);
        ChooseCertificate menu = kiosk.step(ChooseCertificate.class);
        assertThat(menu.items()).extracting(CertificateChoice::certificate).contains(CertificateType.RESIDENT_RECORD,
                CertificateType.SEAL_REGISTRATION, CertificateType.KOSEKI_FULL);
        assertThat(menu.items().get(0)).isEqualTo(new CertificateChoice(CertificateType.RESIDENT_RECORD, true,
                Optional.of(200), 10, List.of()));

        kiosk.act(new ResidentAction.ChooseCertificate(CertificateType.RESIDENT_RECORD));
        ChooseOptions options = kiosk.step(ChooseOptions.class);
        assertThat(options.available()).containsExactlyInAnyOrder(CertificateOption.HOUSEHOLD_HEAD,
                CertificateOption.HONSEKI);
        RequestedOptions head = new RequestedOptions(Set.of(CertificateOption.HOUSEHOLD_HEAD), Optional.empty());
        kiosk.act(new ResidentAction.SetOptions(head));
        assertThat(kiosk.step(ChooseOptions.class).chosen()).isEqualTo(head);

        kiosk.next();
        ChooseSubjects subjects = kiosk.step(ChooseSubjects.class);
        assertThat(subjects.people()).extracting(SubjectChoice::ref)
                .containsExactly("default", "default-spouse", "default-child", "default-mother");
        assertThat(subjects.wholeHouseholdAvailable()).isTrue();
        kiosk.act(new ResidentAction.ChooseSubjects(SubjectSelection.of(List.of("default", "default-spouse"))));

        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(new ChooseCopies(1, 10, 200));
        kiosk.act(new ResidentAction.SetCopies(2));
        assertThat(kiosk.step()).isEqualTo(new ChooseCopies(2, 10, 200));

        kiosk.next();
        Confirm confirm = kiosk.step(Confirm.class);
        assertThat(confirm.allowed()).isTrue();
        assertThat(confirm.order().feeTotal()).isEqualTo(400);
        assertThat(confirm.order().subjects()).extracting(SubjectChoice::name).containsExactly("見本 太郎", "見本 花子");
        assertThat(confirm.order().options()).isEqualTo(head);

        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(new Payment(400));
        VisitId visit = kiosk.visitId();
        kiosk.payment.pay(visit);
        assertThat(kiosk.step()).isEqualTo(new Printing(0, 2));
        assertThat(kiosk.printer.lastJob().visit()).isEqualTo(visit);
        kiosk.printer.progress(1);
        assertThat(kiosk.step()).isEqualTo(new Printing(1, 2));
        kiosk.printer.complete();
        assertThat(kiosk.step()).isEqualTo(new TakeDocuments(2, true, 0, false));
        assertThat(kiosk.documents.visitsHeld()).as("documents erased once printed").isZero();

        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(new ThankYou());
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
        kiosk.elapse(Duration.ofSeconds(5));
        assertThat(kiosk.step()).isInstanceOf(Attract.class);

        assertThat(kiosk.journal.entries(visit)).extracting(entry -> entry.getClass().getSimpleName())
                .containsExactly("Started", "CardIdentified", "Decided", "PaymentRecorded", "DocumentsIssued",
                        "PrintFinished", "Ended");
        assertThat(kiosk.journal.entries(visit)).anySatisfy(entry -> assertThat(entry)
                .isEqualTo(new JournalEntry.PaymentRecorded(visit, entry.at(), PaymentStatus.PAID, 400)));
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.COMPLETED, 1);
    }
}
