package jp.madoguchi.issuance.engine;

import java.util.List;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.Register;

/**
 * Registrations a certificate needs beyond residence: an active 印鑑登録 for the seal certificate (a cancelled seal
 * is never certified; misissued 廃印 certificates were one of the 2023 incidents) and a tax record for the 年度.
 */
final class PrerequisiteCheck implements Check {
    @Override
    public void apply(Case c, Evaluation out) {
        Register register = c.rule().type().register();
        if (register == Register.SEAL) {
            seal(c, out);
        } else if (register == Register.TAX) {
            taxYear(c, out);
        }
    }

    private static void seal(Case c, Evaluation out) {
        SealRegistration seal = c.self().seal();
        switch (seal) {
            case REGISTERED -> out.pass("seal", "印鑑登録 active");
            case CANCELLED -> out.fail("seal", "seal.cancelled", "印鑑登録 cancelled", "municipality", c.municipality());
            case NONE -> out.fail("seal", "seal.not-registered", "no 印鑑登録", "municipality", c.municipality());
        }
    }

    private static void taxYear(Case c, Evaluation out) {
        int year = TaxYears.chosen(c);
        List<Integer> offered = c.rule().taxYears().orElseThrow().yearsOn(c.local().toLocalDate());
        if (!offered.contains(year)) {
            String offeredText = offered.stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.fail("tax-year", "tax.year-unavailable", year + " not in " + offeredText,
                    "year", Integer.toString(year), "available", offeredText);
        } else {
            out.pass("tax-year", year + " offered");
            String y = Integer.toString(year);
            if (TaxYears.onRecord(c.self(), year)) {
                out.pass("tax-record", "課税資料 for " + year);
            } else if (c.self().noTaxRecord().contains(year)) {
                out.fail("tax-record", "tax.no-record", "no 課税資料 for " + year, "year", y,
                        "municipality", c.municipality());
            } else {
                out.fail("tax-record", "tax.not-on-record", "not resident on " + year + "-01-01", "year", y,
                        "municipality", c.municipality());
            }
        }
    }
}
