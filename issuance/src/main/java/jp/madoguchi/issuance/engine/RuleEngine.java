package jp.madoguchi.issuance.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.RuleSet;
import jp.madoguchi.issuance.rules.RuleVersion;

/**
 * Decides requests against an immutable {@link RuleBook}. Pure: the result depends only on the book and the
 * request (the instant is part of the request, never read from a clock), so it is deterministic and thread-safe.
 * Every check runs even after one fails, so a denial lists all its reasons at once.
 */
public final class RuleEngine {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final List<Check> CHECKS = List.of(new ServiceTimeCheck(), new EligibilityCheck(),
            new SubjectCheck(), new PrerequisiteCheck(), new OptionCheck(), new CopiesCheck());

    private final RuleBook book;

    public RuleEngine(RuleBook book) {
        this.book = book;
    }

    public Decision decide(IssuanceRequest request) {
        String code = request.municipality().value();
        Evaluation out = new Evaluation(code + ":" + request.certificate().id());
        Optional<RuleSet> ruleSet = book.ruleSet(request.municipality());
        if (ruleSet.isEmpty()) {
            boolean suspended = book.isOutOfService(request.municipality());
            out.fail("municipality", suspended ? "municipality.out-of-service" : "municipality.unknown",
                    suspended ? "rule file invalid" : "no rule file", "municipality", code);
            return out.decide(Optional.empty(), AvailableOptions.NONE, request.copies());
        }
        out.pass("municipality", ruleSet.get().municipality().toString());
        LocalDateTime local = LocalDateTime.ofInstant(request.at(), TOKYO);
        Optional<RuleVersion> version = ruleSet.get().versionOn(local.toLocalDate());
        if (version.isEmpty()) {
            out.fail("version", "version.none", "no version on " + local.toLocalDate(),
                    "municipality", code, "date", local.toLocalDate().toString());
            return out.decide(Optional.empty(), AvailableOptions.NONE, request.copies());
        }
        out.pass("version", "version from " + version.get().validFrom());
        Optional<CertificateRule> rule = version.get().rule(request.certificate());
        if (rule.isEmpty()) {
            out.fail("offered", "certificate.not-offered", "not offered", "certificate", request.certificate().id(),
                    "municipality", code);
            return out.decide(Optional.empty(), AvailableOptions.NONE, request.copies());
        }
        out.pass("offered", "offered");
        // A fee the page does not state is never guessed at a kiosk: the resident goes to the counter.
        out.check(rule.get().fee().isPresent(), "fee", "fee " + rule.get().fee().orElse(0), "fee.unknown",
                "fee unknown", "certificate", request.certificate().id(), "municipality", code);
        Case c = newCase(request, ruleSet.get(), rule.get(), local);
        for (Check check : CHECKS) {
            check.apply(c, out);
        }
        AvailableOptions options = new AvailableOptions(OptionCheck.available(c),
                TaxYears.available(rule.get(), c.self(), local.toLocalDate()));
        return out.decide(rule.get().fee(), options, request.copies());
    }

    /** What this person can get here right now, and for everything else why not. */
    public Menu menu(MenuQuery query) {
        LocalDate date = LocalDateTime.ofInstant(query.at(), TOKYO).toLocalDate();
        Optional<RuleVersion> version = book.ruleSet(query.municipality()).flatMap(set -> set.versionOn(date));
        List<MenuItem> items = new ArrayList<>(CertificateType.values().length);
        for (CertificateType type : CertificateType.values()) {
            Decision decision = decide(new IssuanceRequest(query.municipality(), query.at(), query.requester(), type,
                    List.of(), RequestedOptions.NONE, 1));
            if (decision instanceof Decision.Allowed allowed) {
                int maxCopies = version.flatMap(v -> v.rule(type)).orElseThrow().maxCopies();
                items.add(new MenuItem.Available(type, allowed.fee().perCopy(), maxCopies, allowed.availableOptions()));
            } else {
                items.add(new MenuItem.Unavailable(type, decision.feePerCopy(), decision.reasons()));
            }
        }
        return new Menu(query.municipality(), query.at(), items);
    }

    private static Case newCase(IssuanceRequest request, RuleSet ruleSet, CertificateRule rule, LocalDateTime local) {
        RequesterFacts requester = request.requester();
        boolean wholeHousehold = request.options().includes(CertificateOption.WHOLE_HOUSEHOLD)
                && rule.type().lawfulOptions().contains(CertificateOption.WHOLE_HOUSEHOLD);
        if (wholeHousehold) {
            return new Case(request, ruleSet, rule, local, requester.household(), List.of());
        }
        Set<String> ids = new LinkedHashSet<>(request.subjects());
        if (ids.isEmpty()) {
            ids.add(requester.self().id());
        }
        List<Resident> subjects = new ArrayList<>(ids.size());
        List<String> unknown = new ArrayList<>(0);
        for (String id : ids) {
            requester.person(id).ifPresentOrElse(subjects::add, () -> unknown.add(id));
        }
        return new Case(request, ruleSet, rule, local, subjects, unknown);
    }
}
