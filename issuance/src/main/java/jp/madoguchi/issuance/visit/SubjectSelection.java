package jp.madoguchi.issuance.visit;

import java.util.List;

/**
 * Whose certificate: the whole household (世帯全員), or the listed people by {@link
 * jp.madoguchi.issuance.visit.step.SubjectChoice#ref()}; an empty list means the resident alone.
 */
public record SubjectSelection(boolean wholeHousehold, List<String> refs) {
    public static final SubjectSelection SELF = new SubjectSelection(false, List.of());
    public static final SubjectSelection WHOLE_HOUSEHOLD = new SubjectSelection(true, List.of());

    public SubjectSelection {
        refs = List.copyOf(refs);
        if (wholeHousehold && !refs.isEmpty()) {
            throw new IllegalArgumentException("the whole household needs no list of people");
        }
    }

    public static SubjectSelection of(List<String> refs) {
        return new SubjectSelection(false, refs);
    }
}
