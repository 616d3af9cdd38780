package jp.madoguchi.issuance.visit.step;

/** How many copies (1..{@code maxCopies}); {@code Confirm} moves on. */
public record ChooseCopies(int copies, int maxCopies, int feePerCopy) implements VisitStep {}
