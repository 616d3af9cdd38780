package jp.madoguchi.issuance.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.engine.TraceEntry;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.SubjectRelation;
import jp.madoguchi.issuance.visit.step.SubjectChoice;

/** The order as the rules engine sees it, and the people an order may be about. */
final class OrderRequests {
    private OrderRequests() {}

    /** Whom this certificate can be about, the resident first: the household or the 戸籍, as the law allows. */
    static List<SubjectChoice> people(CertificateType type, RequesterFacts requester) {
        List<SubjectChoice> people = new ArrayList<>();
        people.add(choice(requester.self(), true));
        for (Resident relative : requester.relatives()) {
            boolean household = type.lawfulSubjects().contains(SubjectRelation.SAME_HOUSEHOLD)
                    && requester.sameHousehold(relative);
            boolean koseki = type.lawfulSubjects().contains(SubjectRelation.SAME_KOSEKI)
                    && requester.sameKoseki(relative);
            if (household || koseki) {
                people.add(choice(relative, false));
            }
        }
        return people;
    }

    static Decision decide(VisitDependencies deps, Visit visit, Instant at) {
        Order order = visit.order();
        SubjectSelection subjects = order.subjects();
        return new RuleEngine(deps.rules().get()).decide(new IssuanceRequest(order.requireMunicipality().code(), at,
                visit.requireRequester(), order.requireItem().certificate(), subjects.refs(),
                withHousehold(order.options(), subjects.wholeHousehold()), order.copies()));
    }

    /** 世帯全員 is chosen on the subjects screen but is an option to the engine. */
    static RequestedOptions withHousehold(RequestedOptions options, boolean wholeHousehold) {
        if (!wholeHousehold) {
            return options;
        }
        Set<CertificateOption> included = EnumSet.of(CertificateOption.WHOLE_HOUSEHOLD);
        included.addAll(options.included());
        return new RequestedOptions(included, options.taxYear());
    }

    /** The rules behind a decision, for the journal: those that failed when denied, else those that passed. */
    static List<String> ruleIds(Decision decision) {
        if (!decision.allowed()) {
            return decision.reasons().stream().map(Reason::rule).distinct().toList();
        }
        return decision.trace().stream()
                .filter(entry -> entry.outcome() == TraceEntry.Outcome.PASS)
                .map(TraceEntry::rule).distinct().toList();
    }

    private static SubjectChoice choice(Resident person, boolean self) {
        return new SubjectChoice(person.id(), person.name(), self);
    }
}
