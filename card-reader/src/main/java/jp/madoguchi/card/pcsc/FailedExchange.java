package jp.madoguchi.card.pcsc;

import java.util.Optional;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.fault.PcscFaults;

/**
 * What went wrong when an exchange brought no proper answer: the card left the reader, or it stayed and did not
 * answer. Waiting up to one presence poll (pcscd polls every 400 ms) tells the two apart; only these error paths
 * pay for it. A card that stayed is {@link CardFault.Unresponsive} — it may have carried the command out — and its
 * owner resets it.
 */
final class FailedExchange {
    private static final long REMOVAL_SETTLE_MS = 600;
    /** What pcsc-lite reports when the reader got no answer, or lost the card mid-command. */
    private static final Set<String> NO_ANSWER = Set.of("SCARD_E_NOT_TRANSACTED", "SCARD_W_UNRESPONSIVE_CARD");

    private final CardTerminal terminal;

    FailedExchange(CardTerminal terminal) {
        this.terminal = terminal;
    }

    /** The transmission itself failed. */
    CardFaultException failed(Exception e) {
        CardFaultException mapped = PcscFaults.exception(e, terminal.getName());
        Optional<String> code = PcscFaults.scardCode(e).filter(NO_ANSWER::contains);
        if (code.isEmpty()) {
            return mapped;
        }
        return removed(e).orElseGet(() -> new CardFaultException(new CardFault.Unresponsive(code.get()), e));
    }

    /**
     * The transmission succeeded but brought {@code length} (0 or 1) bytes: nothing at all is no answer (vpcd
     * gives that when its card went away or mute); a lone byte is a broken answer.
     */
    CardFaultException withoutStatusWord(int length) {
        return removed(null).orElseGet(() -> new CardFaultException(length == 0
                ? new CardFault.Unresponsive("an empty answer")
                : new CardFault.ProtocolError("transmit", 0, "the card's reply is shorter than a status word")));
    }

    private Optional<CardFaultException> removed(Throwable cause) {
        try {
            if (terminal.waitForCardAbsent(REMOVAL_SETTLE_MS)) {
                return Optional.of(new CardFaultException(new CardFault.CardRemoved(), cause));
            }
            return Optional.empty();
        } catch (CardException | RuntimeException presence) {
            return Optional.of(PcscFaults.exception(presence, terminal.getName()));
        }
    }
}
