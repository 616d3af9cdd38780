package jp.madoguchi.issuance.visit.step;

/** How the 利用者証明用電子証明書 stands for the card check service. */
public enum CardValidity {
    VALID("cardCheck.status.valid"),
    EXPIRED("cardCheck.status.expired"),
    NOT_YET_VALID("cardCheck.status.notYetValid"),
    REVOKED("cardCheck.status.revoked"),
    /** Not issued by a configured JPKI CA generation, or malformed. */
    UNTRUSTED("cardCheck.status.untrusted");

    private final String messageKey;

    CardValidity(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
