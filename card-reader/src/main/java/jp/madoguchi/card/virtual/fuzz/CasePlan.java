package jp.madoguchi.card.virtual.fuzz;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.Holder;

/**
 * What one case does, drawn from its own seed so any case can be replayed alone: whose card, the auth PIN's tries
 * on it, the kiosk's visit flow or the doctor's public read, which PINs are typed (right, wrong, malformed) and
 * whether the last try is confirmed, and which APDUs (by number) are answered with which {@link Mutation}.
 */
record CasePlan(int holder, int authTries, boolean doctor, TypedPin[] typed, boolean lastTryConfirmed,
        boolean possessionProof, Map<Integer, Mutation> mutations) {
    /** APDU numbers a mutation may hit: a visit's read and PIN check take about 25. */
    private static final int SPAN = 30;
    private static final Mutation[] MUTATIONS = Mutation.values();

    enum TypedPin { RIGHT, WRONG, MALFORMED }

    static CasePlan draw(SplittableRandom random, int holders) {
        int holder = random.nextInt(holders);
        int tries = random.nextInt(5);
        boolean doctor = random.nextInt(100) < 12;
        TypedPin[] typed = {typed(random), typed(random)};
        Map<Integer, Mutation> mutations = new TreeMap<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            mutations.put(1 + random.nextInt(SPAN), MUTATIONS[random.nextInt(MUTATIONS.length)]);
        }
        return new CasePlan(holder, Math.min(tries, 3), doctor, typed, random.nextBoolean(),
                random.nextInt(50) == 0, mutations);
    }

    private static TypedPin typed(SplittableRandom random) {
        int r = random.nextInt(20);
        return r == 0 ? TypedPin.MALFORMED : r < 10 ? TypedPin.RIGHT : TypedPin.WRONG;
    }

    /** The holder as this case's card has them: the auth PIN at {@link #authTries}. */
    Holder card(Holder base) {
        return base.withInitialTries(PinKind.AUTH, authTries);
    }

    /** A fresh copy of the typed PIN for {@code attempt} (the verifier wipes it). */
    char[] pin(int attempt, Holder holder) {
        char[] right = holder.pins().chars(PinKind.AUTH);
        return switch (typed[attempt]) {
            case RIGHT -> right;
            case WRONG -> wrong(right);
            case MALFORMED -> new char[] {'1', '2', 'x'};
        };
    }

    private static char[] wrong(char[] right) {
        char[] wrong = right.length == 0 ? new char[] {'0', '0', '0', '0'} : right.clone();
        wrong[0] = wrong[0] == '9' ? '8' : '9';
        java.util.Arrays.fill(right, '\0');
        return wrong;
    }

    @Override
    public String toString() {
        return "holder #" + holder + ", auth tries " + authTries + (doctor ? ", doctor's read" : ", visit")
                + ", typed " + typed[0] + " then " + typed[1] + ", last try confirmed " + lastTryConfirmed
                + (possessionProof ? ", possession proof" : "") + ", mutations " + mutations;
    }
}
