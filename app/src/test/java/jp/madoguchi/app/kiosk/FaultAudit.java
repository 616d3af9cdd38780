package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.madoguchi.app.output.journal.ChainVerdict;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;

/**
 * What must hold after every fault, whatever the kiosk did about it: the journal verifies with no visit open; the
 * visit's money is all accounted for (kept only for printed sheets, the rest returned or recorded as due); no paper
 * came out for a visit that had not paid; no job is left to print later; and nothing of the certificate is left on
 * disk (the kiosk's spool, the document files CUPS would keep; its job history holds no personal data).
 */
final class FaultAudit {
    private FaultAudit() {}

    /** The problems found; empty when the cell passed. */
    static List<String> of(Journal journal, VisitId visit, PdfQueue queue, List<String> pdfsBefore, Path requestRoot,
            Path spool) throws IOException {
        List<String> problems = new ArrayList<>();
        ChainVerdict verdict = journal.verify();
        if (verdict instanceof ChainVerdict.Broken broken) {
            problems.add("journal broken at " + broken.seq() + ": " + broken.problem());
        }
        if (!journal.openVisits().isEmpty()) {
            problems.add("visits left open: " + journal.openVisits());
        }
        List<JournalRecord> records = journal.visit(visit);
        long ends = records.stream().filter(r -> r.entry() instanceof JournalEntry.Ended).count();
        if (ends != 1) {
            problems.add("the visit ended " + ends + " times");
        }
        VisitLedger ledger = VisitLedger.of(records);
        int owed = ledger.refundsDue() - ledger.refunded();
        if (ledger.unmatched() != owed) {
            problems.add("money: " + ledger + " holds " + ledger.unmatched() + " yen beyond printed fees, " + owed
                    + " recorded as owed");
        }
        boolean paid = records.stream().anyMatch(r -> r.entry() instanceof JournalEntry.PaymentRecorded p
                && p.status() == PaymentStatus.PAID);
        Set<String> certificates = new HashSet<>();
        Set<String> sheets = new HashSet<>();
        for (JournalRecord r : records) {
            if (r.entry() instanceof JournalEntry.DocumentIssued d) {
                certificates.add(d.document().value());
            } else if (r.entry() instanceof JournalEntry.SheetPrinted d) {
                sheets.add(d.document().value()); // receipts and refund slips: paper, not a certificate
            }
        }
        for (String pdf : queue.outputs()) {
            if (pdfsBefore.contains(pdf)) {
                continue;
            }
            if (certificates.stream().anyMatch(pdf::startsWith) && !paid) {
                problems.add("a certificate printed without its payment: " + pdf);
            } else if (certificates.stream().noneMatch(pdf::startsWith) && sheets.stream().noneMatch(pdf::startsWith)) {
                problems.add("printed, but not on the visit's record: " + pdf);
            }
        }
        if (!queue.pendingJobs().isEmpty()) {
            problems.add("jobs left to print for the next resident: " + queue.pendingJobs());
        }
        problems.addAll(leftovers(requestRoot, "d", "CUPS job files left"));
        problems.addAll(leftovers(spool, "", "spool files left"));
        return problems;
    }

    private static List<String> leftovers(Path dir, String prefix, String what) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> left = files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(name -> name.startsWith(prefix)).toList();
            return left.isEmpty() ? List.of() : List.of(what + ": " + left);
        }
    }
}
