package jp.madoguchi.issuance.registry;

import jp.madoguchi.issuance.Identified;

/** Markers on a resident record that stop kiosk issuance (a same-day 転入 follows from {@code residentSince}). */
public enum ResidentFlag implements Identified {
    /** 転出届済: the person has announced leaving the municipality. */
    MOVING_OUT("moving-out"),
    /** 支援措置 under the 住民基本台帳 rules (DV, stalking): disclosure is for the counter to judge. */
    SUPPORT_MEASURE("support-measure"),
    /** A 戸籍届出 (婚姻, 出生, ...) accepted but not yet entered in the 戸籍: its certificates would be out of date. */
    KOSEKI_PENDING("koseki-pending");

    private final String id;

    ResidentFlag(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
