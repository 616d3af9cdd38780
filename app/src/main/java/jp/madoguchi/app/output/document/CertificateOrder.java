package jp.madoguchi.app.output.document;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * A certificate the rules engine allowed in this visit: what to issue, about whom, with which items, for how much.
 * {@code subjects} are resident ids, the requester's own when the request named nobody. The 個人番号 is printed only
 * when the rules made the item available ({@code myNumberAllowed}) and the resident explicitly chose it
 * ({@code myNumberChosen}); either alone is not enough.
 */
public record CertificateOrder(VisitId visit, MunicipalityCode municipality, String requester, CertificateType type,
        List<String> subjects, RequestedOptions options, Optional<Integer> taxYear, boolean myNumberAllowed,
        boolean myNumberChosen, int copies, int feePerCopy) {

    public CertificateOrder {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty() || copies < 1 || feePerCopy < 1) {
            throw new IllegalArgumentException("an order needs subjects, copies and a fee");
        }
    }

    /** The order for an allowed request; {@code myNumberChosen} is the resident's explicit choice on screen. */
    public static CertificateOrder approved(VisitId visit, IssuanceRequest request, Decision.Allowed decision,
            boolean myNumberChosen) {
        List<String> subjects;
        if (request.options().includes(CertificateOption.WHOLE_HOUSEHOLD)) {
            subjects = request.requester().household().stream().map(Resident::id).toList();
        } else if (request.subjects().isEmpty()) {
            subjects = List.of(request.requester().self().id());
        } else {
            subjects = request.subjects();
        }
        List<Integer> years = decision.availableOptions().taxYears();
        Optional<Integer> taxYear = request.certificate().perTaxYear()
                ? request.options().taxYear().or(() -> years.isEmpty() ? Optional.empty() : Optional.of(years.get(0)))
                : Optional.empty();
        boolean allowed = decision.availableOptions().options().contains(CertificateOption.MY_NUMBER);
        return new CertificateOrder(visit, request.municipality(), request.requester().self().id(),
                request.certificate(), subjects, request.options(), taxYear, allowed, myNumberChosen,
                decision.fee().copies(), decision.fee().perCopy());
    }

    public boolean printsMyNumber() {
        return myNumberAllowed && myNumberChosen;
    }

    public boolean includes(CertificateOption option) {
        return options.includes(option);
    }

    /** Without resident ids: orders end up in exception messages and logs. */
    @Override
    public String toString() {
        return "CertificateOrder[" + type.id() + " x" + copies + ", " + subjects.size() + " subject(s), visit " + visit
                + "]";
    }

    public Set<String> subjectSet() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(subjects));
    }
}
