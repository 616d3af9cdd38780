package jp.madoguchi.issuance.visit.step;

/** What a resident can start from the attract screen. */
public enum Service {
    /** 証明書の交付: card, PIN, then a certificate from the rules engine's menu. */
    CERTIFICATES("attract.service.certificates"),
    /** カードの状態確認: certificate validity, renewal window and tries left, without a PIN. */
    CARD_CHECK("attract.service.cardCheck"),
    /** ご利用履歴・残高照会: the card's past visits and balance, from the accounts port, on screen or on paper. */
    ACCOUNT_INQUIRY("attract.service.account"),
    /** Hotlines and the lost-card steps; no card needed. */
    HELP("attract.service.help");

    private final String messageKey;

    Service(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
