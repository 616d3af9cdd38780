package jp.madoguchi.issuance.visit.step;

/**
 * Where a locked 利用者証明用 PIN can be reset (docs/domain.md, PINs and locks). The app route needs the signature PIN, so
 * it is offered only when the card has a signature certificate whose PIN is not locked too.
 */
public enum UnlockRoute {
    /** The municipal counter, with photo ID. Always possible. */
    MUNICIPAL_COUNTER("unlock.counter"),
    /** The JPKI暗証番号リセット app, then a participating store's kiosk within 24 hours. */
    PIN_RESET_APP_AND_STORE_KIOSK("unlock.app");

    private final String messageKey;

    UnlockRoute(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
