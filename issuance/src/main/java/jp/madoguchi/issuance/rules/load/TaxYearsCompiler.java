package jp.madoguchi.issuance.rules.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.TaxYearPolicy;

/** Compiles {@code taxYears}: how many 年度, the usual switch day and the days announced for particular years. */
final class TaxYearsCompiler {
    private static final List<String> KEYS = List.of("years", "switchDate", "switchedOn");

    private final Problems problems;
    private final Scalars scalars;

    TaxYearsCompiler(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
    }

    /**
     * The tax-year policy: required on tax certificates, refused elsewhere. Empty for non-tax certificates and, after
     * a report, for invalid ones; callers tell the two apart by {@link Problems#reported()}.
     */
    Optional<TaxYearPolicy> compile(CertificateType type, MapReader cert) {
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
        return MapReader.open(node.get(), cert.path("taxYears"), KEYS, problems).flatMap(map -> {
            var years = map.required("years").flatMap(n -> scalars.integer(n, map.path("years"), 1, 10, "years"));
            var switchDate = map.required("switchDate").flatMap(n -> scalars.monthDay(n, map.path("switchDate")));
            var switchedOn = map.optional("switchedOn").map(n -> switchDays(n, map.path("switchedOn")))
                    .orElse(Optional.of(List.of()));
            return years.isPresent() && switchDate.isPresent() && switchedOn.isPresent()
                    ? Optional.of(new TaxYearPolicy(years.get(), switchDate.get(), switchedOn.get())) : Optional.empty();
        });
    }

    /** Announced switch days, at most one per year. */
    private Optional<List<LocalDate>> switchDays(Node node, String path) {
        if (!(node instanceof Node.Sequence sequence)) {
            return scalars.fail(node, path + " must be a list of dates like [2024-06-10], got " + node.describe());
        }
        List<LocalDate> days = new ArrayList<>();
        int before = problems.reported();
        for (Node item : sequence.items()) {
            scalars.date(item, path).ifPresent(day -> {
                if (days.stream().anyMatch(d -> d.getYear() == day.getYear())) {
                    problems.at(item, path + " names two days in " + day.getYear() + "; one switch day per year");
                } else {
                    days.add(day);
                }
            });
        }
        return problems.reported() == before ? Optional.of(days) : Optional.empty();
    }
}
