package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.SubjectSelection;

/**
 * Whose certificate: the resident alone, some of {@code people}, or (when offered) the whole household.
 * {@code chosen} is the current selection; {@code Confirm} moves on.
 */
public record ChooseSubjects(CertificateType certificate, List<SubjectChoice> people,
        boolean wholeHouseholdAvailable, SubjectSelection chosen) implements VisitStep {
    public ChooseSubjects {
        Objects.requireNonNull(certificate, "certificate");
        people = List.copyOf(people);
        Objects.requireNonNull(chosen, "chosen");
    }
}
