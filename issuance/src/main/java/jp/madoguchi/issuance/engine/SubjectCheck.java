package jp.madoguchi.issuance.engine;

import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.SubjectRelation;

/**
 * Whose certificate is asked for: every subject must be the requester or related to them in a way the rule allows
 * (same household for 住民票, same 戸籍 for 戸籍). This is the check whose absence printed strangers' 住民票 in 2023.
 */
final class SubjectCheck implements Check {
    @Override
    public void apply(Case c, Evaluation out) {
        Set<SubjectRelation> allowed = c.rule().subjects();
        for (String unknown : c.unknownSubjects()) {
            out.fail("subjects", "subjects.unknown", unknown + " not in household or 戸籍", "subject", unknown);
        }
        for (Resident subject : c.subjects()) {
            SubjectRelation relation = relation(c, subject, allowed);
            if (relation != null) {
                out.pass("subjects", subject.id() + " is " + relation.id());
            } else {
                String allowedIds = allowed.stream().map(SubjectRelation::id).collect(Collectors.joining(", "));
                out.fail("subjects", "subjects.not-allowed", subject.id() + " not " + allowedIds,
                        "subject", subject.id(), "certificate", c.rule().type().id(), "allowed", allowedIds);
            }
        }
    }

    /** The first allowed relation that holds, or null. */
    private static SubjectRelation relation(Case c, Resident subject, Set<SubjectRelation> allowed) {
        if (subject.id().equals(c.self().id())) {
            return allowed.contains(SubjectRelation.SELF) ? SubjectRelation.SELF : null;
        }
        if (allowed.contains(SubjectRelation.SAME_HOUSEHOLD) && c.requester().sameHousehold(subject)) {
            return SubjectRelation.SAME_HOUSEHOLD;
        }
        if (allowed.contains(SubjectRelation.SAME_KOSEKI) && c.requester().sameKoseki(subject)) {
            return SubjectRelation.SAME_KOSEKI;
        }
        return null;
    }
}
