package jp.madoguchi.card.virtual.fuzz;

/**
 * Checks every VERIFY on the wire against the PIN policy (docs/card.md, "A correct PIN never costs a try";
 * {@code PinVerifier}, {@code PinPolicy}): a VERIFY carrying a PIN may reach the card only on the auth PIN's EF,
 * after an empty VERIFY whose answer, as the host received it, was 63Cx with x ≥ 2, or 63C1 with the last try
 * confirmed; and only one per such answer. Anything else — no count (9000), blocked (63C0, 6983, 6984), an answer
 * the host never got, a second VERIFY — is unpermitted, and when the card counted it, a try consumed. A try the card
 * took for the PIN that was typed correctly is consumed whatever the policy said.
 */
final class VerifyLedger {
    private static final int AUTH_PIN_EF = 0x0018;
    private int selected = -1;
    private boolean permitted;
    private boolean lastTryConfirmed;
    private boolean correctPinTyped;
    private int verifies;
    private int unpermitted;
    private int consumed;

    /** The case is about to make one attempt. */
    void attempting(boolean confirmed, boolean correctPin) {
        this.lastTryConfirmed = confirmed;
        this.correctPinTyped = correctPin;
    }

    /** {@code command} reached the card; {@code charged}: the card's auth counter went down on it. */
    void reached(byte[] command, boolean charged) {
        int ins = command[1] & 0xFF;
        if (ins == 0xA4) {
            selected = (command[2] == 0x02 && command.length >= 7) ? ((command[5] & 0xFF) << 8) | (command[6] & 0xFF)
                    : -1;
            permitted = false;
        } else if (ins == 0x20 && command.length > 5) {
            verifies++;
            boolean allowed = permitted && selected == AUTH_PIN_EF;
            if (!allowed) {
                unpermitted++;
            }
            if (charged && (!allowed || correctPinTyped)) {
                consumed++;
            }
            permitted = false;
        } else if (ins == 0x20) {
            permitted = false;
        }
    }

    /** The host received {@code answer} for {@code command}, which reached the card. */
    void received(byte[] command, byte[] answer) {
        boolean triesQuery = (command[1] & 0xFF) == 0x20 && command.length == 4;
        if (!triesQuery || selected != AUTH_PIN_EF || answer.length < 2) {
            return;
        }
        int sw = ((answer[answer.length - 2] & 0xFF) << 8) | (answer[answer.length - 1] & 0xFF);
        if ((sw & 0xFFF0) == 0x63C0) {
            int left = sw & 0x0F;
            permitted = left >= 2 || (left == 1 && lastTryConfirmed);
        }
    }

    int verifies() {
        return verifies;
    }

    int unpermitted() {
        return unpermitted;
    }

    int consumed() {
        return consumed;
    }
}
