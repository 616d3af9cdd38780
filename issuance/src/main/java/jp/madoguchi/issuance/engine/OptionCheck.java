package jp.madoguchi.issuance.engine;

import java.util.EnumSet;
import java.util.Set;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateOption.Applicability;

/**
 * Checks each requested option and works out which options are available: offered by the municipality, and
 * meaningful for the subjects (本籍 only for Japanese nationals, 在留資格 only for foreign residents).
 */
final class OptionCheck implements Check {
    @Override
    public void apply(Case c, Evaluation out) {
        Set<CertificateOption> available = available(c);
        for (CertificateOption option : c.request().options().included()) {
            String kind = "option." + option.id();
            if (option.applicability() == Applicability.NEVER) {
                out.fail(kind, "option.never", option.label() + " is never printed at a kiosk", "option", option.id());
            } else if (!c.rule().options().contains(option)) {
                out.fail(kind, "option.not-offered", "not offered", "option", option.id(),
                        "certificate", c.rule().type().id(), "municipality", c.municipality());
            } else {
                out.check(available.contains(option), kind, "available", "option.not-applicable",
                        "no subject it applies to", "option", option.id(), "applies",
                        option.applicability() == Applicability.JAPANESE_SUBJECT ? "Japanese" : "foreign");
            }
        }
        if (c.request().options().taxYear().isPresent() && c.rule().taxYears().isEmpty()) {
            out.fail("option." + RequestedOptions.TAX_YEAR, "option.not-offered", "not a tax certificate",
                    "option", RequestedOptions.TAX_YEAR, "certificate", c.rule().type().id(),
                    "municipality", c.municipality());
        }
    }

    static Set<CertificateOption> available(Case c) {
        boolean japanese = false;
        boolean foreign = false;
        for (Resident subject : c.subjects()) {
            japanese |= subject.nationality().isJapanese();
            foreign |= !subject.nationality().isJapanese();
        }
        Set<CertificateOption> available = EnumSet.noneOf(CertificateOption.class);
        for (CertificateOption option : c.rule().options()) {
            boolean applies = switch (option.applicability()) {
                case ANY_SUBJECT -> true;
                case JAPANESE_SUBJECT -> japanese;
                case FOREIGN_SUBJECT -> foreign;
                case NEVER -> false;
            };
            if (applies) {
                available.add(option);
            }
        }
        return available;
    }
}
