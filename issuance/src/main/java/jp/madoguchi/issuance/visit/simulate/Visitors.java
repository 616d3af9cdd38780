package jp.madoguchi.issuance.visit.simulate;

import java.util.List;
import java.util.random.RandomGenerator;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * Who comes to the kiosk and what for, weighted towards ordinary residents with ordinary cards, but with every
 * virtual holder (expired, locked, 住基, smartphone, unregistered...) and every service turning up now and then.
 */
final class Visitors {
    private static final List<Weighted<String>> HOLDERS = List.of(new Weighted<>("default", 30),
            new Weighted<>("hanako", 12), new Weighted<>("foreign", 10), new Weighted<>("last-try", 8),
            new Weighted<>("renewal", 8), new Weighted<>("minor", 6), new Weighted<>("expired", 5),
            new Weighted<>("locked", 5), new Weighted<>("older-ca", 5), new Weighted<>("juki", 4),
            new Weighted<>("smartphone", 4));
    private static final List<Weighted<Service>> SERVICES = List.of(new Weighted<>(Service.CERTIFICATES, 78),
            new Weighted<>(Service.CARD_CHECK, 14), new Weighted<>(Service.HELP, 5),
            new Weighted<>(Service.ACCOUNT_INQUIRY, 3));

    private Visitors() {}

    static Holder holder(RandomGenerator random) {
        return Holders.byId(pick(HOLDERS, random));
    }

    static Service service(RandomGenerator random) {
        return pick(SERVICES, random);
    }

    private static <T> T pick(List<Weighted<T>> choices, RandomGenerator random) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted<T> choice : choices) {
            roll -= choice.weight();
            if (roll < 0) {
                return choice.value();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private record Weighted<T>(T value, int weight) {}
}
