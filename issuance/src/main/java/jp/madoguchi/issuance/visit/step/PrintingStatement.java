package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/**
 * The account statement is being printed; {@code inquiry} is the screen to return to with the outcome. Nothing
 * else can happen meanwhile: the resident cannot cancel a sheet half out of the printer.
 */
public record PrintingStatement(AccountInquiry inquiry) implements VisitStep {
    public PrintingStatement {
        Objects.requireNonNull(inquiry, "inquiry");
    }
}
