package jp.madoguchi.issuance.visit.step;

/**
 * ご利用履歴・残高照会. Only the step exists for now: its content (past requests, balance) comes with the output
 * ports of issue 5. Back or cancel returns to the attract screen.
 */
public record AccountInquiry() implements VisitStep {}
