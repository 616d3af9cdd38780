package jp.madoguchi.issuance.rules;

import jp.madoguchi.issuance.Identified;

/** Personal situations in which municipalities refuse kiosk issuance and send the resident to the counter. */
public enum BlockingCondition implements Identified {
    /** 転出届済・転出予定: the record is about to leave this municipality. */
    MOVING_OUT("moving-out", "転出予定", false),
    /** 住基 支援措置 (DV等): the address must not be disclosed, so only the counter may judge a request. */
    SUPPORT_MEASURE("support-measure", "支援措置", false),
    /** The day of 転入: the record is not settled until the next day. */
    MOVED_IN_TODAY("moved-in-today", "転入当日", false),
    /** A 戸籍届出 accepted but not yet in the 戸籍 (丹波市): a 戸籍 certificate would show the old state. */
    KOSEKI_PENDING("koseki-pending", "戸籍届出の処理中", false),
    /**
     * The card (or its certificate) was issued, or its 継続利用 registered, today: usable at kiosks from the next day
     * (高松市). About the card in the reader, so checked on the requester only.
     */
    CARD_TODAY("card-today", "カード交付・継続利用の当日", true);

    private final String id;
    private final String label;
    private final boolean requesterOnly;

    BlockingCondition(String id, String label, boolean requesterOnly) {
        this.id = id;
        this.label = label;
        this.requesterOnly = requesterOnly;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** True for a condition about the requester's own card, whatever scope a file writes. */
    public boolean requesterOnly() {
        return requesterOnly;
    }
}
