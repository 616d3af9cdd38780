package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/**
 * A card already lay on the reader when the resident chose {@code service}: it may be the last resident's. Nothing is
 * read from it until the resident says it is theirs, so the screen never tells whose card it is. {@code notMine}: the
 * resident said it is not theirs and is asked to take it off and give it to staff; the visit goes on to
 * {@link PlaceCard} once the reader is empty.
 */
public record WhoseCard(Service service, boolean notMine) implements VisitStep {
    public WhoseCard {
        Objects.requireNonNull(service, "service");
    }
}
