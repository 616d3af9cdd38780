package jp.madoguchi.app.output.document;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.SubjectRelation;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * The last check before paper: is this sheet for this visit and this requester, about people the law lets this
 * requester ask for, with its PDF really the one issued for them, and (for a seal certificate) a seal still
 * registered? An account statement must be the requester's own, for this visit. In 2023–24 kiosks printed
 * strangers' 住民票 and cancelled seals; any doubt here refuses the sheet.
 * The registry is asked again rather than trusting the order, so a stale or crossed order cannot get through.
 */
public final class PrintGuard {
    private final ResidentRegistry registry;

    public PrintGuard(ResidentRegistry registry) {
        this.registry = registry;
    }

    public GuardVerdict check(VisitId visit, String requester, IssuedSheet doc) {
        Optional<Problem> problem = doc instanceof IssuedDocument certificate ? problem(visit, requester, certificate)
                : statementProblem(visit, requester, (IssuedStatement) doc);
        return problem
                .<GuardVerdict>map(p -> new GuardVerdict.Refused(doc.number(), p.reason(), p.detail()))
                .orElseGet(() -> new GuardVerdict.Cleared(doc.number()));
    }

    private record Problem(String reason, String detail) {}

    private Optional<Problem> problem(VisitId visit, String requester, IssuedDocument doc) {
        CertificateOrder order = doc.order();
        if (!order.visit().equals(visit)) {
            return Optional.of(new Problem("other-visit", "issued in visit " + order.visit()));
        }
        if (!order.requester().equals(requester)) {
            return Optional.of(new Problem("other-requester", "issued for another requester"));
        }
        Optional<Problem> binding = binding(visit, doc);
        if (binding.isPresent()) {
            return binding;
        }
        Optional<RequesterFacts> facts = registry.requester(requester);
        if (facts.isEmpty()) {
            return Optional.of(new Problem("requester-unknown", "requester not in the registry"));
        }
        for (int i = 0; i < order.subjects().size(); i++) {
            Optional<Resident> subject = facts.get().person(order.subjects().get(i));
            if (subject.isEmpty() || !lawful(order.type(), facts.get(), subject.get())) {
                return Optional.of(new Problem("subject-not-allowed",
                        "subject " + (i + 1) + " of " + order.subjects().size() + " for " + order.type().id()));
            }
            if (order.type() == CertificateType.SEAL_REGISTRATION
                    && subject.get().seal() != SealRegistration.REGISTERED) {
                return Optional.of(new Problem("seal-not-registered", "seal " + subject.get().seal().id()));
            }
        }
        return Optional.empty();
    }

    /** A statement is only ever about the requester of its own visit. */
    private static Optional<Problem> statementProblem(VisitId visit, String requester, IssuedStatement statement) {
        if (!statement.visit().equals(visit)) {
            return Optional.of(new Problem("other-visit", "issued in visit " + statement.visit()));
        }
        if (!statement.resident().equals(requester)) {
            return Optional.of(new Problem("other-requester", "statement of another resident"));
        }
        return binding(visit, statement, statement.subjectSet());
    }

    private static Optional<Problem> binding(VisitId visit, IssuedDocument doc) {
        return binding(visit, doc, doc.order().subjectSet());
    }

    /** The visit, number and subjects written inside the PDF must be this sheet's. */
    private static Optional<Problem> binding(VisitId visit, IssuedSheet doc, Set<String> subjects) {
        DocumentBinding expected = DocumentBinding.of(visit, doc.number(), subjects);
        try {
            DocumentBinding actual = DocumentBinding.read(doc.pdf());
            return actual.equals(expected) ? Optional.empty()
                    : Optional.of(new Problem("binding-mismatch", "the PDF belongs to document " + actual.document()));
        } catch (IOException e) {
            return Optional.of(new Problem("unreadable-pdf", e.getMessage()));
        }
    }

    private static boolean lawful(CertificateType type, RequesterFacts facts, Resident subject) {
        Set<SubjectRelation> law = type.lawfulSubjects();
        if (subject.id().equals(facts.self().id())) {
            return law.contains(SubjectRelation.SELF);
        }
        return law.contains(SubjectRelation.SAME_HOUSEHOLD) && facts.sameHousehold(subject)
                || law.contains(SubjectRelation.SAME_KOSEKI) && facts.sameKoseki(subject);
    }
}
