package jp.madoguchi.issuance.registry;

import jp.madoguchi.issuance.Identified;

/** The state of a person's 印鑑登録 in their municipality. A cancelled (廃止) seal must never be certified. */
public enum SealRegistration implements Identified {
    NONE("none"), REGISTERED("registered"), CANCELLED("cancelled");

    private final String id;

    SealRegistration(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
