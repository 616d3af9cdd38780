package jp.madoguchi.issuance.visit.step;

/**
 * The inactivity overlay, shown over the current step: the visit is wiped in {@code secondsLeft} unless the
 * resident touches the screen or continues. Cancel ends the visit at once.
 */
public record IdleWarning(int secondsLeft) {}
