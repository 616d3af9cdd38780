package jp.madoguchi.card.pin;

/**
 * What the card said about a PIN's counter, read with the empty VERIFY that never consumes a try.
 * {@code triesLeft} is 0 when blocked.
 */
public record PinTries(PinKind kind, int triesLeft) {
    public PinTries {
        if (triesLeft < 0 || triesLeft > 15) {
            throw new IllegalArgumentException("tries left out of range: " + triesLeft);
        }
    }

    public boolean blocked() {
        return triesLeft == 0;
    }

    public boolean lastTry() {
        return triesLeft == 1;
    }

    public boolean full() {
        return triesLeft >= kind.maxTries();
    }
}
