package jp.madoguchi.issuance.visit.step;

/** What the PIN pad says above the keys. */
public enum PinNotice {
    /** First entry: the tries left as read from the card. */
    NONE("pin.instruction"),
    /** The card refused the PIN; {@link PinEntry#triesLeft()} is the card's own remaining count. */
    WRONG_PIN("pin.wrong"),
    /** Not 4 digits: nothing was sent to the card and no try was used. */
    FORMAT("pin.format");

    private final String messageKey;

    PinNotice(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
