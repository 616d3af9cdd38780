package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.port.memory.InMemoryAccounts;
import jp.madoguchi.issuance.visit.port.memory.InMemoryDocuments;
import jp.madoguchi.issuance.visit.port.memory.InMemoryJournal;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPayment;
import jp.madoguchi.issuance.visit.simulate.SimulatedClock;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * One machine with hand-driven ports and a hand-moved clock, on the test thread, plus the journeys that bring it
 * to each step. The clock starts on a Tuesday at 10:00 in Tokyo, when every sample certificate is on offer.
 */
final class VisitHarness {
    static final Instant TUESDAY_10 = Samples.tokyo("2026-11-24T10:00:00");
    static final SerialKey SALT = SerialKey.fromText("test-serial-key-16+");

    final SimulatedClock clock = new SimulatedClock(TUESDAY_10);
    final FakeCardPort card = new FakeCardPort();
    final InMemoryPayment payment = new InMemoryPayment(InMemoryPayment.Mode.MANUAL);
    final InMemoryDocuments documents = new InMemoryDocuments();
    final ManualPrinter printer = new ManualPrinter();
    final InMemoryJournal journal = new InMemoryJournal();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final List<VisitSnapshot> snapshots = new ArrayList<>();
    final VisitMachine machine;
    private final Map<String, CardFacts> facts = new HashMap<>();

    VisitHarness() {
        this(VisitSettings.defaults(SALT));
    }

    VisitHarness(TrustStore trust) {
        this(trust, VisitSettings.defaults(SALT));
    }

    VisitHarness(VisitSettings settings) {
        this(TrustStore.of(TestPki.standard().trustAnchors(), List.of()), settings);
    }

    /** On {@code registry} instead of the sample registry. */
    VisitHarness(ResidentRegistry registry) {
        this(TrustStore.of(TestPki.standard().trustAnchors(), List.of()), VisitSettings.defaults(SALT), registry);
    }

    private VisitHarness(TrustStore trust, VisitSettings settings) {
        this(trust, settings, Samples.REGISTRY);
    }

    private VisitHarness(TrustStore trust, VisitSettings settings, ResidentRegistry registry) {
        machine = new VisitMachine(new VisitDependencies(card, payment, documents, printer, journal,
                accounts, () -> Samples.BOOK, registry, new ChainVerifier(trust), clock, settings), Runnable::run);
        machine.subscribe(snapshots::add);
    }

    VisitStep step() {
        return machine.snapshot().step();
    }

    <T extends VisitStep> T step(Class<T> type) {
        assertThat(step()).isInstanceOf(type);
        return type.cast(step());
    }

    VisitId visitId() {
        return machine.snapshot().visit().orElseThrow(() -> new AssertionError("no visit on " + step().id()));
    }

    void act(ResidentAction action) {
        machine.act(action);
    }

    /** How the last visit ended, as the journal records it. */
    EndReason lastEnd() {
        List<JournalEntry> entries = journal.entries();
        JournalEntry last = entries.get(entries.size() - 1);
        assertThat(last).isInstanceOf(JournalEntry.Ended.class);
        return ((JournalEntry.Ended) last).reason();
    }

    void elapse(Duration duration) {
        clock.advance(duration);
        machine.tick();
    }

    CardFacts facts(String holder) {
        return facts.computeIfAbsent(holder, id -> Cards.facts(id, clock));
    }

    VisitHarness start(Service service) {
        act(new ResidentAction.ChooseService(service));
        return this;
    }

    VisitHarness toPinEntry(String holder) {
        return toPinEntry(Service.CERTIFICATES, holder);
    }

    VisitHarness toPinEntry(Service service, String holder) {
        start(service);
        card.place();
        card.answerRead(facts(holder));
        return this;
    }

    VisitHarness enterPin(String pin) {
        act(new ResidentAction.EnterPin(pin.toCharArray()));
        return this;
    }

    VisitHarness toRemoveCard(String holder) {
        return toRemoveCard(Service.CERTIFICATES, holder);
    }

    VisitHarness toRemoveCard(Service service, String holder) {
        toPinEntry(service, holder);
        if (step() instanceof LastTryWarning) {
            act(new ResidentAction.ConfirmLastTry());
        }
        enterPin("1234");
        card.answerPin(Cards.verified(facts(holder)));
        return this;
    }

    VisitHarness toMunicipality(String holder) {
        toRemoveCard(holder);
        card.remove();
        return this;
    }

    /** ご利用履歴・残高照会 for {@code holder}: the PIN passed and the card taken. */
    VisitHarness toAccountInquiry(String holder) {
        toRemoveCard(Service.ACCOUNT_INQUIRY, holder);
        card.remove();
        return this;
    }

    VisitHarness toCertificates(String holder, MunicipalityRole role) {
        toMunicipality(holder);
        act(new ResidentAction.ChooseMunicipality(role));
        return this;
    }

    /** 住民票の写し for the default holder: options, subjects and copies all offer a choice. */
    VisitHarness toOptions() {
        toCertificates("default", MunicipalityRole.RESIDENCE);
        act(new ResidentAction.ChooseCertificate(CertificateType.RESIDENT_RECORD));
        return this;
    }

    VisitHarness next() {
        act(new ResidentAction.Confirm());
        return this;
    }

    VisitHarness toConfirm() {
        toOptions();
        return next().next().next();
    }

    VisitHarness toPayment() {
        return toConfirm().next();
    }

    VisitHarness toPrinting() {
        toPayment();
        assertThat(payment.pay(visitId())).isTrue();
        return this;
    }

    VisitHarness toTakeDocuments() {
        toPrinting();
        printer.complete();
        return this;
    }
}
