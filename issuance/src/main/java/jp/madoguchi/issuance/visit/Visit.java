package jp.madoguchi.issuance.visit;

import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * The data of the visit in progress, replaced (never changed) at each transition and dropped whole at its end.
 * {@code outcome} is set once the visit's result is known (e.g. documents printed) but the screen still waits
 * for the resident, so that a timeout there ends the visit with that result rather than as "timed out".
 */
record Visit(VisitId id, Service service, Optional<CardFacts> card, Optional<RequesterFacts> requester, Order order,
        Optional<EndReason> outcome) {
    Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(order, "order");
    }

    static Visit start(VisitId id, Service service) {
        return new Visit(id, service, Optional.empty(), Optional.empty(), Order.EMPTY, Optional.empty());
    }

    Visit withCard(CardFacts facts) {
        return new Visit(id, service, Optional.of(facts), requester, order, outcome);
    }

    Visit withRequester(RequesterFacts facts) {
        return new Visit(id, service, card, Optional.of(facts), order, outcome);
    }

    Visit withOrder(Order changed) {
        return new Visit(id, service, card, requester, changed, outcome);
    }

    Visit withOutcome(EndReason reason) {
        return new Visit(id, service, card, requester, order, Optional.of(reason));
    }

    CardFacts requireCard() {
        return card.orElseThrow(() -> new IllegalStateException("no card read in " + id));
    }

    RequesterFacts requireRequester() {
        return requester.orElseThrow(() -> new IllegalStateException("no resident identified in " + id));
    }
}
