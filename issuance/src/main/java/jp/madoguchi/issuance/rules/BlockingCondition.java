package jp.madoguchi.issuance.rules;

import jp.madoguchi.issuance.Identified;

/** Personal situations in which municipalities refuse kiosk issuance and send the resident to the counter. */
public enum BlockingCondition implements Identified {
    /** 転出届済・転出予定: the record is about to leave this municipality. */
    MOVING_OUT("moving-out", "転出予定"),
    /** 住基 支援措置 (DV等): the address must not be disclosed, so only the counter may judge a request. */
    SUPPORT_MEASURE("support-measure", "支援措置"),
    /** The day of 転入: the record is not settled until the next day. */
    MOVED_IN_TODAY("moved-in-today", "転入当日");

    private final String id;
    private final String label;

    BlockingCondition(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
