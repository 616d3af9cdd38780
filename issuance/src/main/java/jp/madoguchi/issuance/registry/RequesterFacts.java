package jp.madoguchi.issuance.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The requester and the people a request can concern: their household and their 戸籍. Membership is decided by
 * ids ({@code householdId}, {@code kosekiId}), never by names.
 */
public record RequesterFacts(Resident self, List<Resident> relatives) {
    public RequesterFacts {
        Objects.requireNonNull(self, "self");
        relatives = relatives.stream().filter(person -> !person.id().equals(self.id())).toList();
    }

    public Optional<Resident> person(String id) {
        if (self.id().equals(id)) {
            return Optional.of(self);
        }
        for (Resident relative : relatives) {
            if (relative.id().equals(id)) {
                return Optional.of(relative);
            }
        }
        return Optional.empty();
    }

    public boolean sameHousehold(Resident other) {
        return other.householdId().equals(self.householdId()) && other.address().equals(self.address());
    }

    public boolean sameKoseki(Resident other) {
        return self.koseki().isPresent() && other.koseki().isPresent()
                && other.koseki().get().kosekiId().equals(self.koseki().get().kosekiId());
    }

    /** The whole household, the requester first: the subjects of a 世帯全員 住民票. */
    public List<Resident> household() {
        List<Resident> household = new ArrayList<>();
        household.add(self);
        for (Resident relative : relatives) {
            if (sameHousehold(relative)) {
                household.add(relative);
            }
        }
        return household;
    }
}
