package jp.madoguchi.issuance.rules;

import jp.madoguchi.issuance.Identified;

/** Whose certificate a requester may ask for, relative to the requester. */
public enum SubjectRelation implements Identified {
    SELF("self"),
    /** 同一世帯: the same 住民基本台帳 household. */
    SAME_HOUSEHOLD("same-household"),
    /** 同一戸籍: recorded in the same family register. */
    SAME_KOSEKI("same-koseki");

    private final String id;

    SubjectRelation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
