package jp.madoguchi.issuance.visit.step;

/** Documents are being rendered and printed: {@code sheetsDone} of {@code sheetsTotal} (0 of 0 while rendering). */
public record Printing(int sheetsDone, int sheetsTotal) implements VisitStep {}
