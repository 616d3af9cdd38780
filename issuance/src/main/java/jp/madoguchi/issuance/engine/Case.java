package jp.madoguchi.issuance.engine;

import java.time.LocalDateTime;
import java.util.List;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.RuleSet;

/**
 * A request with everything the checks need resolved once: the rule in force, the Tokyo local time, and the
 * subjects found among the requester's household and 戸籍 ({@code unknownSubjects} are the ids that were not).
 */
record Case(IssuanceRequest request, RuleSet ruleSet, CertificateRule rule, LocalDateTime local,
        List<Resident> subjects, List<String> unknownSubjects) {

    RequesterFacts requester() {
        return request.requester();
    }

    Resident self() {
        return request.requester().self();
    }

    String municipality() {
        return ruleSet.code().value();
    }
}
