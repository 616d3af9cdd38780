package jp.madoguchi.issuance.visit.step;

/** The visit is over; the attract screen follows after a few seconds or on confirm. */
public record ThankYou() implements VisitStep {}
