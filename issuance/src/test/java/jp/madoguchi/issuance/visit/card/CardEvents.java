package jp.madoguchi.issuance.visit.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** What a card port told its subscriber, in order, for tests that wait on a real reader's threads. */
final class CardEvents implements Consumer<CardEvent> {
    private final BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
    private final long waitSeconds;

    CardEvents(long waitSeconds) {
        this.waitSeconds = waitSeconds;
    }

    @Override
    public void accept(CardEvent event) {
        events.add(event);
    }

    /** The next event of {@code type}; only read progress may come before it. */
    <T extends CardEvent> T next(Class<T> type) throws InterruptedException {
        while (true) {
            CardEvent event = events.poll(waitSeconds, TimeUnit.SECONDS);
            assertThat(event).as("an event of type " + type.getSimpleName()).isNotNull();
            if (type.isInstance(event)) {
                return type.cast(event);
            }
            assertThat(event).as("only progress may come first").isInstanceOf(CardEvent.Progress.class);
        }
    }

    /** True when nothing of {@code type} is waiting. */
    boolean noneWaiting(Class<? extends CardEvent> type) {
        return events.stream().noneMatch(type::isInstance);
    }
}
