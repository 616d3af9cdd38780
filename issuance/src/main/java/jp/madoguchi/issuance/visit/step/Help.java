package jp.madoguchi.issuance.visit.step;

import java.util.List;

/** Hotlines and what to do after losing the card, in order. Back or cancel returns to the attract screen. */
public record Help(List<Hotline> hotlines, List<Message> lostCardSteps) implements VisitStep {
    public static final List<Message> LOST_CARD_STEPS = List.of(Message.of("help.lost.step1"),
            Message.of("help.lost.step2"), Message.of("help.lost.step3"), Message.of("help.lost.found"));

    public Help {
        hotlines = List.copyOf(hotlines);
        lostCardSteps = List.copyOf(lostCardSteps);
    }

    public static Help standard() {
        return new Help(Hotline.NATIONAL, LOST_CARD_STEPS);
    }
}
