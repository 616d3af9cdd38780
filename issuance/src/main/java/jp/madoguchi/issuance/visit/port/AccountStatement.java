package jp.madoguchi.issuance.visit.port;

import java.util.List;

/**
 * One card's past kiosk visits in one municipality and the municipal account balance: {@code balanceYen} is what
 * the municipality owes the resident (e.g. an overpaid fee), 0 when nothing is owed.
 */
public record AccountStatement(List<AccountVisit> visits, int balanceYen) {
    public static final AccountStatement EMPTY = new AccountStatement(List.of(), 0);

    public AccountStatement {
        visits = List.copyOf(visits);
        if (balanceYen < 0) {
            throw new IllegalArgumentException("negative balance " + balanceYen);
        }
    }

    /** Refunds still owed for failed prints, over all visits. */
    public int refundsDueYen() {
        return visits.stream().mapToInt(AccountVisit::refundDueYen).sum();
    }
}
