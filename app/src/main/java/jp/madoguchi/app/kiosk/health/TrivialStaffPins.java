package jp.madoguchi.app.kiosk.health;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.ui.staff.StaffPinHash;

/**
 * Staff PINs a kiosk residents use must not have: the documented demo PIN 000000 and the PINs anyone tries first
 * (one digit six times, runs up or down, repeated pairs and triples). Checking hashes each of the 27 candidates
 * with the configured salt and iterations, about a second in all: done once, at start.
 */
public final class TrivialStaffPins {
    private static final List<String> CANDIDATES = candidates();

    private TrivialStaffPins() {}

    /** Whether {@code hash} is the hash of a trivial PIN. The PIN itself is never returned or logged. */
    public static boolean isTrivial(StaffPinHash hash) {
        return CANDIDATES.stream().anyMatch(candidate -> hash.matches(candidate.toCharArray()));
    }

    private static List<String> candidates() {
        List<String> pins = new ArrayList<>();
        for (char digit = '0'; digit <= '9'; digit++) {
            pins.add(String.valueOf(digit).repeat(StaffPinHash.DIGITS));
        }
        String up = "01234567890";
        for (int start = 0; start + StaffPinHash.DIGITS <= up.length(); start++) {
            String run = up.substring(start, start + StaffPinHash.DIGITS);
            pins.add(run);
            pins.add(new StringBuilder(run).reverse().toString());
        }
        pins.addAll(List.of("112233", "121212", "123123", "696969", "111222"));
        return List.copyOf(pins);
    }
}
