package jp.madoguchi.issuance.visit.step;

/** Printing finished: take the documents. {@code reminder} turns true after a while, as real machines repeat it. */
public record TakeDocuments(int sheets, boolean reminder) implements VisitStep {}
