package jp.madoguchi.issuance.visit;

import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import jp.madoguchi.card.cert.ChainResult;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * Who is at the kiosk, decided only after a correct PIN: the same card as was read, holding the key of its
 * certificate, the certificate valid under the configured JPKI CAs now, and its subject registered here.
 */
final class IdentityCheck {
    private final VisitState state;

    IdentityCheck(VisitState state) {
        this.state = state;
    }

    void check(PinOutcome.Verified verified) {
        Visit visit = state.requireVisit();
        if (!verified.fingerprint().equals(visit.requireCard().fingerprint())) {
            state.abort(AbortReason.CARD_SWAPPED);
            return;
        }
        if (!verified.possessionProven()) {
            refuse(CardProblems.of(CardProblemKind.UNKNOWN_CARD, state.cardPresent()));
            return;
        }
        X509Certificate certificate = verified.authCertificate();
        ChainResult chain = state.deps().chain().verify(certificate, state.now());
        Optional<CardProblem> invalid = CardProblems.ofChain(chain, certificate, state.cardPresent());
        if (invalid.isPresent()) {
            refuse(invalid.get());
            return;
        }
        Optional<RequesterFacts> requester;
        try {
            requester = requester(certificate);
        } catch (RegistryUnavailableException e) {
            // Not knowing is not "not registered": the kiosk is out of service until the registry answers again.
            state.outage(new ServiceHealth.Outage(ServiceCheck.REGISTRY, e.getMessage()));
            return;
        }
        if (requester.isEmpty()) {
            refuse(CardProblems.of(CardProblemKind.NOT_REGISTERED, state.cardPresent()));
            return;
        }
        state.journal(new JournalEntry.CardIdentified(visit.id(), state.now(),
                state.deps().settings().serialKey().hash(certificate.getSerialNumber())));
        state.update(v -> v.withRequester(requester.get()));
        state.go(new RemoveCard(false), state.deps().settings().removeCardReminder());
    }

    private void refuse(CardProblem problem) {
        state.settle(Outcomes.of(problem.kind()), problem);
    }

    private Optional<RequesterFacts> requester(X509Certificate certificate) {
        ResidentRegistry registry = state.deps().registry();
        return commonName(certificate).flatMap(registry::findByCardSubject)
                .flatMap(resident -> registry.requester(resident.id()));
    }

    /** The subject CN: on a JPKI 利用者証明用 certificate, the card's 20-character subject id. */
    static Optional<String> commonName(X509Certificate certificate) {
        try {
            LdapName name = new LdapName(certificate.getSubjectX500Principal().getName());
            for (Rdn rdn : name.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
