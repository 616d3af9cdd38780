package jp.madoguchi.card.virtual.fuzz;

import java.util.Map;
import java.util.SplittableRandom;
import javax.smartcardio.CardException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;

/**
 * What happens on the wire in one case: each command reaches the fresh virtual card (or a PC/SC failure takes its
 * place), the planned mutation rewrites the answer, and the {@link VerifyLedger} sees both sides. Past
 * {@link #APDU_BUDGET} exchanges the case is stuck in a loop: it is failed as a hang.
 */
final class CaseWire {
    static final int APDU_BUDGET = 2_000;
    private static final String[] READER_ERRORS = {"SCARD_E_NO_SERVICE", "SCARD_E_READER_UNAVAILABLE",
        "SCARD_E_SHARING_VIOLATION", "SCARD_F_UNKNOWN_ERROR", "SCARD_E_INVALID_HANDLE", "SCARD_E_TIMEOUT", null};

    private final VirtualMyNumberCard card;
    private final Map<Integer, Mutation> plan;
    private final SplittableRandom random;
    private final VerifyLedger ledger = new VerifyLedger();
    private final long[] applied = new long[Mutation.values().length];
    private int apdus;
    private boolean endless;
    private boolean looped;

    CaseWire(VirtualMyNumberCard card, Map<Integer, Mutation> plan, SplittableRandom random) {
        this.card = card;
        this.plan = plan;
        this.random = random;
    }

    byte[] exchange(byte[] command, FuzzCard connection, FuzzTerminal terminal) throws CardException {
        if (++apdus > APDU_BUDGET) {
            looped = true;
            throw new CardException("transmit() failed", new FuzzChannel.ScardFailure("SCARD_E_TIMEOUT"));
        }
        Mutation mutation = plan.get(apdus);
        if (mutation != null) {
            applied[mutation.ordinal()]++;
            endless |= mutation == Mutation.ENDLESS_FILE;
            if (mutation.wireFault()) {
                throw fault(mutation, command, connection, terminal);
            }
        }
        byte[] answer = carryOut(command);
        boolean read = (command[1] & 0xFF) == 0xB0 && command.length == 5;
        if (endless && read) {
            answer = Mutation.endless(command[4] == 0 ? 256 : command[4] & 0xFF, random);
        } else if (mutation != null) {
            answer = mutation.apply(answer, command.length == 5 ? command[4] & 0xFF : 0, random);
        }
        ledger.received(command, answer);
        return answer;
    }

    private byte[] carryOut(byte[] command) {
        int before = card.triesLeft(PinKind.AUTH);
        byte[] answer = card.process(command);
        ledger.reached(command, card.triesLeft(PinKind.AUTH) < before);
        return answer;
    }

    private CardException fault(Mutation mutation, byte[] command, FuzzCard connection, FuzzTerminal terminal) {
        if (mutation == Mutation.REMOVED_DURING || mutation == Mutation.NO_ANSWER) {
            if (random.nextBoolean()) {
                carryOut(command); // the card may have done it before the answer was lost
            }
        }
        switch (mutation) {
            case REMOVED_BEFORE -> {
                terminal.pulled();
                connection.removed();
                return scard("SCARD_W_REMOVED_CARD");
            }
            case REMOVED_DURING -> {
                terminal.pulled();
                connection.removed();
                return scard("SCARD_E_NOT_TRANSACTED");
            }
            case NO_ANSWER -> {
                return scard(random.nextBoolean() ? "SCARD_E_NOT_TRANSACTED" : "SCARD_W_UNRESPONSIVE_CARD");
            }
            case READER_ERROR -> {
                return scard(READER_ERRORS[random.nextInt(READER_ERRORS.length)]);
            }
            default -> {
                if (random.nextBoolean()) {
                    terminal.pulled();
                    connection.removed();
                    throw new IllegalStateException("Card has been removed");
                }
                throw new IllegalArgumentException("Response APDU must be at least 2 bytes long");
            }
        }
    }

    private static CardException scard(String code) {
        return code == null ? new CardException("transmit() failed")
                : new CardException("transmit() failed", new FuzzChannel.ScardFailure(code));
    }

    VerifyLedger ledger() {
        return ledger;
    }

    long[] applied() {
        return applied;
    }

    int apdus() {
        return apdus;
    }

    boolean looped() {
        return looped;
    }
}
