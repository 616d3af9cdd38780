package jp.madoguchi.card.virtual;

import java.util.Objects;
import jp.madoguchi.card.apdu.CommandApdu;

/**
 * A card that answers one kind of command wrongly, as cards and readers in the field sometimes do. The card still
 * carries the command out (a VERIFY with a PIN counts against the tries as on a real card) and then either answers
 * with a bare status word ({@code 6C00}, {@code 6110}, {@code 6F00}, {@code 9000} to an empty VERIFY...) or goes
 * mute: no answer at all, to that command or any other, until it is reset or powered off; a reader reports that to
 * PC/SC as a failed transmission after its own timeout.
 * Set with {@link VirtualMyNumberCard#misbehave}; tests use it to prove that no answer makes the kiosk re-send a
 * PIN.
 */
public record Misbehaviour(Target target, int statusWord, boolean mute) {
    /** Which commands misbehave. */
    public enum Target {
        /** VERIFY carrying a PIN (INS 20 with data). */
        PIN_VERIFY,
        /** The empty VERIFY that reads the tries left. */
        TRIES_QUERY;

        boolean matches(CommandApdu command) {
            if (command.ins() != 0x20) {
                return false;
            }
            return (this == PIN_VERIFY) == (command.bytes().length > 5);
        }
    }

    public Misbehaviour {
        Objects.requireNonNull(target, "target");
        if (statusWord < 0 || statusWord > 0xFFFF) {
            throw new IllegalArgumentException("status word out of range: " + statusWord);
        }
    }

    /** Commands of {@code target} are answered with the bare status word {@code sw}. */
    public static Misbehaviour answer(Target target, int sw) {
        return new Misbehaviour(target, sw, false);
    }

    /** Commands of {@code target} get no answer. */
    public static Misbehaviour mute(Target target) {
        return new Misbehaviour(target, 0, true);
    }

    boolean appliesTo(CommandApdu command) {
        return target.matches(command);
    }

    /** Thrown out of {@link VirtualMyNumberCard#process} by a mute card; its reader decides what the host sees. */
    public static final class MuteCard extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MuteCard() {
            super("the card does not answer", null, false, false);
        }
    }

    @Override
    public String toString() {
        return "Misbehaviour[" + target + (mute ? " mute" : String.format(" answered %04X", statusWord)) + "]";
    }
}
