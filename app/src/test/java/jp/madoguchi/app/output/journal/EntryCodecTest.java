package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of entry is stored under its own name and reads back equal: end reasons and print failures exactly. */
class EntryCodecTest {
    private static final Instant AT = Instant.parse("2026-11-21T01:00:00.123Z");
    private static final VisitId VISIT = new VisitId("V-00112233445566ff");
    private static final DocumentNumber DOC = new DocumentNumber("284645-20261121-K7Q2M9X4TB");
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse("284645");

    @TempDir
    Path dir;

    static List<JournalEntry> oneOfEach() {
        List<JournalEntry> entries = new ArrayList<>(List.of(
                new JournalEntry.Started(VISIT, AT, "test-kiosk", Service.CARD_CHECK, new Language("vi")),
                new JournalEntry.Started(VISIT, AT, "test-kiosk", null, null),
                new JournalEntry.CardIdentified(VISIT, AT, new SerialHash("ab12")),
                new JournalEntry.Decided(VISIT, AT, HARIMA, CertificateType.RESIDENT_RECORD, false,
                        List.of("284645:juminhyo:hours"), 2, 400),
                new JournalEntry.PaymentRecorded(VISIT, AT, PaymentStatus.REFUNDED, 200),
                new JournalEntry.DocumentsIssued(VISIT, AT, List.of(DOC, new DocumentNumber("MD-000001"))),
                new JournalEntry.StatementIssued(VISIT, AT, DOC),
                new JournalEntry.PrintFinished(VISIT, AT, Optional.empty()),
                new JournalEntry.PaymentDue(VISIT, AT, 400),
                new JournalEntry.CashInserted(VISIT, AT, 500),
                new JournalEntry.ChangeReturned(VISIT, AT, 100),
                new JournalEntry.PaymentCancelled(VISIT, AT, 500),
                new JournalEntry.RefundDue(VISIT, AT, 200, "paper-jam"),
                new JournalEntry.Refunded(VISIT, AT, 200),
                new JournalEntry.DocumentIssued(VISIT, AT, DOC, "juminhyo", 200),
                new JournalEntry.ReceiptIssued(VISIT, AT, DOC, 200),
                new JournalEntry.SheetPrinted(VISIT, AT, DOC, false, "guard-requester"),
                new JournalEntry.ReprintGranted(VISIT, AT, DOC, "out-of-paper"),
                new JournalEntry.ServiceChosen(VISIT, AT, HARIMA, "juminhyo", 1),
                new JournalEntry.RuleDecided(VISIT, AT, "juminhyo", false, List.of("a"), List.of("hours.outside"))));
        Arrays.stream(PrintFailure.values())
                .forEach(f -> entries.add(new JournalEntry.PrintFinished(VISIT, AT, Optional.of(f))));
        Arrays.stream(EndReason.values()).forEach(r -> entries.add(new JournalEntry.Ended(VISIT, AT, r, "thank-you")));
        return entries;
    }

    @Test
    void everyEntryReadsBackEqual() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.fixed(AT, ZoneOffset.UTC))) {
            oneOfEach().forEach(journal::record);
            assertThat(journal.records()).extracting(JournalRecord::entry).containsExactlyElementsOf(oneOfEach());
            assertThat(journal.verify().intact()).isTrue();
        }
    }

    @Test
    void everyKindHasItsOwnStoredName() {
        List<Class<?>> kinds = Arrays.stream(JournalEntry.class.getPermittedSubclasses()).toList();
        assertThat(oneOfEach()).extracting(Object::getClass).containsAll(kinds);
        assertThat(Arrays.stream(EntryType.values()).map(EntryType::stored).distinct()).hasSize(kinds.size());
        assertThat(EntryType.of(new JournalEntry.SheetPrinted(VISIT, AT, DOC, true, "")).stored())
                .as("0.1's name for a sheet's outcome").isEqualTo("print-finished");
    }

    @Test
    void aRowThatDoesNotReadSaysWhichTypeItIs() {
        assertThatThrownBy(() -> EntryDecoder.entry("cash-inserted", "{\"yen\":\"many\"}", VISIT, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cash-inserted")
                .hasMessageContaining("yen");
        assertThatThrownBy(() -> EntryDecoder.entry("visit-ended", "{\"reason\":\"exploded\"}", VISIT, AT))
                .hasMessageContaining("exploded");
        assertThatThrownBy(() -> EntryDecoder.entry("teleported", "{}", VISIT, AT))
                .hasMessageContaining("unknown journal entry type 'teleported'");
    }
}
