package jp.madoguchi.issuance.visit.step;

import java.util.List;

/**
 * Hotlines and what to do after losing the card. The first hotline is the one for the resident's language (see
 * {@link Hotlines}). Reachable from every screen that takes a resident's time; back returns to where they were, in
 * their language.
 */
public record Help(List<Hotline> hotlines, List<Message> lostCardSteps) implements VisitStep {
    public static final List<Message> LOST_CARD_STEPS = List.of(Message.of("help.lost.step1"),
            Message.of("help.lost.step2"), Message.of("help.lost.step3"), Message.of("help.lost.found"));

    public Help {
        hotlines = List.copyOf(hotlines);
        lostCardSteps = List.copyOf(lostCardSteps);
        if (hotlines.isEmpty()) {
            throw new IllegalArgumentException("help without a hotline");
        }
    }

    /** The line for the resident's language, shown first and largest. */
    public Hotline yourLine() {
        return hotlines.get(0);
    }
}
