package jp.madoguchi.issuance.visit.step;

/** What a help line is for, as the help screen names it. */
public enum HotlinePurpose {
    /** マイナンバー総合フリーダイヤル: the card, its certificates and the system, in Japanese. */
    GENERAL_JAPANESE("help.line.generalJapanese"),
    /** The card, its certificates and a lost card, in foreign languages (0120-0178-27). */
    CARD_FOREIGN("help.line.cardForeign"),
    /** The number system and マイナポータル, in foreign languages (0120-0178-26). */
    SYSTEM_FOREIGN("help.line.systemForeign"),
    /** The paid 個人番号カードコールセンター, for when a free line cannot be reached. */
    PAID_FALLBACK("help.line.paidFallback"),
    /** The same centre from an IP phone that cannot dial a ナビダイヤル number. */
    IP_PHONE("help.line.ipPhone");

    private final String messageKey;

    HotlinePurpose(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
