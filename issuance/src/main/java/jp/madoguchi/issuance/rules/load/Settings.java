package jp.madoguchi.issuance.rules.load;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.BlockingCondition;
import jp.madoguchi.issuance.rules.BusinessDays;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.ServiceHours;
import jp.madoguchi.issuance.rules.TaxYearPolicy;
import jp.madoguchi.issuance.rules.YearEndClosure;

/**
 * The settings of a certificate that need more than a scalar read: inheritance, hours, closures, blocking conditions,
 * tax years.
 */
final class Settings {
    static final String HONSEKI_USE = "honsekiUseBusinessDays";
    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    /** A setting's node and the path it was written at, which is the version's path when inherited. */
    record Setting(Node node, String path) {}

    private final Problems problems;
    private final Scalars scalars;
    private final HoursCompiler hours;
    private final ClosureCompiler closures;
    private final BlocksCompiler blocks;
    private final TaxYearsCompiler taxYears;
    /** Valid hours by node: a version's hours are inherited by most of its certificates, compile them once. */
    private final Map<Node, ServiceHours> compiledHours = new IdentityHashMap<>();

    Settings(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
        this.hours = new HoursCompiler(problems);
        this.closures = new ClosureCompiler(problems);
        this.blocks = new BlocksCompiler(problems);
        this.taxYears = new TaxYearsCompiler(problems);
    }

    /** The certificate's own setting, else its version's; a missing required one is reported at the certificate. */
    Optional<Setting> inherited(MapReader cert, MapReader version, String key, boolean required) {
        Optional<Node> own = cert.optional(key);
        if (own.isPresent()) {
            return Optional.of(new Setting(own.get(), cert.path(key)));
        }
        Optional<Node> shared = version.optional(key);
        if (shared.isPresent()) {
            return Optional.of(new Setting(shared.get(), version.path(key)));
        }
        if (required) {
            problems.at(cert.mapping(), cert.path(key) + " is missing and its version sets no " + key + " either");
        }
        return Optional.empty();
    }

    Optional<ServiceHours> hours(Setting setting) {
        ServiceHours known = compiledHours.get(setting.node());
        if (known != null) {
            return Optional.of(known); // valid the first time, so there is nothing to report
        }
        Optional<ServiceHours> compiled = hours.compile(setting.node(), setting.path());
        compiled.ifPresent(valid -> compiledHours.put(setting.node(), valid));
        return compiled;
    }

    Optional<YearEndClosure> yearEnd(Setting setting) {
        return closures.yearEnd(setting.node(), setting.path());
    }

    /** See {@link BlocksCompiler}. */
    Optional<Map<BlockingCondition, BlockScope>> blockedFor(Setting setting, CertificateType type) {
        return blocks.compile(setting, type);
    }

    /** See {@link TaxYearsCompiler}. */
    Optional<TaxYearPolicy> taxYears(CertificateType type, MapReader cert) {
        return taxYears.compile(type, cert);
    }

    /**
     * How long the 本籍地利用登録 takes here: the certificate's or its version's {@value #HONSEKI_USE}, else 1-3. Written
     * on a certificate that is not a 戸籍 one it is a mistake; inherited from the version it is simply not used.
     */
    Optional<BusinessDays> honsekiUseLeadTime(CertificateType type, MapReader cert, MapReader version) {
        Optional<Node> own = cert.optional(HONSEKI_USE);
        if (own.isPresent() && !type.register().keptByHonseki()) {
            problems.at(own.get(), cert.path(HONSEKI_USE) + " only applies to 戸籍 certificates (koseki-zenbu,"
                    + " koseki-kojin, koseki-fuhyo)");
            return Optional.empty();
        }
        return inherited(cert, version, HONSEKI_USE, false).map(s -> businessDays(s.node(), s.path()))
                .orElse(Optional.of(BusinessDays.HONSEKI_USE_DEFAULT));
    }

    /** {@code 5} (about five) or {@code "1-3"}, between 1 and 60 business days. */
    Optional<BusinessDays> businessDays(Node node, String path) {
        String text = node instanceof Node.Scalar scalar && scalar.kind() != Node.Scalar.Kind.NULL ? scalar.text() : "";
        Matcher range = DAY_RANGE.matcher(text);
        int min = -1;
        int max = -1;
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.INTEGER && text.length() <= 2) {
            min = Integer.parseInt(text);
            max = min;
        } else if (range.matches()) {
            min = Integer.parseInt(range.group(1));
            max = Integer.parseInt(range.group(2));
        }
        if (min < 1 || max < min || max > 60) {
            return scalars.fail(node, path + " must be business days from 1 to 60, one number (about that many) or a"
                    + " range like 1-3, got " + node.describe());
        }
        return Optional.of(new BusinessDays(min, max));
    }
}
