package jp.madoguchi.issuance.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The port to the resident registry. Residents are keyed by a plain resident id; the kiosk finds the requester by
 * the subject CN of the card's 利用者証明用 certificate ({@link #findByCardSubject}). Implementations must be
 * thread-safe; lookups have no side effects. A registry over the network throws {@link RegistryUnavailableException}
 * from any method when it cannot answer; an empty answer always means "not registered here".
 */
public interface ResidentRegistry {
    Optional<Resident> find(String residentId);

    /** The resident whose card's 利用者証明用 certificate has this subject CN; empty when not registered here. */
    Optional<Resident> findByCardSubject(String cardSubject);

    /** Everyone registered in the household, in registry order. */
    List<Resident> household(String householdId);

    /** Everyone in the 戸籍, in registry order. */
    List<Resident> koseki(String kosekiId);

    /** The requester with everyone sharing their household or 戸籍: all the engine needs about people. */
    default Optional<RequesterFacts> requester(String residentId) {
        return find(residentId).map(self -> {
            List<Resident> relatives = new ArrayList<>(household(self.householdId()));
            self.koseki().ifPresent(entry -> koseki(entry.kosekiId()).stream()
                    .filter(person -> !relatives.contains(person))
                    .forEach(relatives::add));
            return new RequesterFacts(self, relatives);
        });
    }
}
