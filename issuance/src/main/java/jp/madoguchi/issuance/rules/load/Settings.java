package jp.madoguchi.issuance.rules.load;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.BlockingCondition;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.ServiceHours;
import jp.madoguchi.issuance.rules.TaxYearPolicy;
import jp.madoguchi.issuance.rules.YearEndClosure;

/**
 * The settings of a certificate that need more than a scalar read: inheritance, hours, closures, blocking conditions,
 * tax years.
 */
final class Settings {
    private static final List<String> TAX_YEAR_KEYS = List.of("years", "switchDate");

    /** A setting's node and the path it was written at, which is the version's path when inherited. */
    record Setting(Node node, String path) {}

    private final Problems problems;
    private final Scalars scalars;
    private final HoursCompiler hours;
    private final ClosureCompiler closures;
    /** Valid hours by node: a version's hours are inherited by most of its certificates, compile them once. */
    private final Map<Node, ServiceHours> compiledHours = new IdentityHashMap<>();

    Settings(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
        this.hours = new HoursCompiler(problems);
        this.closures = new ClosureCompiler(problems);
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

    /**
     * The tax-year policy: required on tax certificates, refused elsewhere. Empty for non-tax certificates and, after
     * a report, for invalid ones; callers tell the two apart by {@link Problems#reported()}.
     */
    Optional<TaxYearPolicy> taxYears(CertificateType type, MapReader cert) {
        Optional<Node> node = cert.optional("taxYears");
        if (!type.perTaxYear()) {
            node.ifPresent(n -> problems.at(n, cert.path("taxYears")
                    + " only applies to tax certificates (shotoku-kazei, nozei)"));
            return Optional.empty();
        }
        if (node.isEmpty()) {
            problems.at(cert.mapping(), cert.path("taxYears") + " is missing: a tax certificate must say which years it"
                    + " offers, e.g. {years: 1, switchDate: 06-01}");
            return Optional.empty();
        }
        return MapReader.open(node.get(), cert.path("taxYears"), TAX_YEAR_KEYS, problems).flatMap(map -> {
            var years = map.required("years").flatMap(n -> scalars.integer(n, map.path("years"), 1, 10, "years"));
            var switchDate = map.required("switchDate").flatMap(n -> scalars.monthDay(n, map.path("switchDate")));
            return years.isPresent() && switchDate.isPresent()
                    ? Optional.of(new TaxYearPolicy(years.get(), switchDate.get())) : Optional.empty();
        });
    }

    /**
     * {@code blockedFor} as a list of conditions, each checked on its default scope for {@code type}, or as a map of
     * condition to scope ({@code {moving-out: household}}). Conditions left out do not block.
     */
    Optional<Map<BlockingCondition, BlockScope>> blockedFor(Setting setting, CertificateType type) {
        if (setting.node() instanceof Node.Sequence) {
            return scalars.idSet(setting.node(), BlockingCondition.class, setting.path(), "blocking condition")
                    .map(conditions -> {
                        Map<BlockingCondition, BlockScope> blocks = new EnumMap<>(BlockingCondition.class);
                        conditions.forEach(c -> blocks.put(c, BlockScope.defaultScope(type, c)));
                        return blocks;
                    });
        }
        if (!(setting.node() instanceof Node.Mapping mapping)) {
            return scalars.fail(setting.node(), setting.path() + " must be a list of blocking conditions ("
                    + Identified.idList(BlockingCondition.class) + ") or map them to a scope ("
                    + Identified.idList(BlockScope.class) + "), got " + setting.node().describe());
        }
        Map<BlockingCondition, BlockScope> blocks = new EnumMap<>(BlockingCondition.class);
        boolean ok = true;
        for (Node.Field field : mapping.fields().values()) {
            Optional<BlockingCondition> condition = Identified.byId(BlockingCondition.class, field.key());
            if (condition.isEmpty()) {
                problems.at(field.keyLocation(), "unknown blocking condition '" + field.key() + "' in "
                        + setting.path() + "; expected one of: " + Identified.idList(BlockingCondition.class));
            }
            Optional<BlockScope> scope = scalars.id(field.value(), BlockScope.class,
                    setting.path() + "." + field.key(), "scope");
            ok &= condition.isPresent() && scope.isPresent();
            if (condition.isPresent() && scope.isPresent()) {
                blocks.put(condition.get(), scope.get());
            }
        }
        return ok ? Optional.of(blocks) : Optional.empty();
    }
}
