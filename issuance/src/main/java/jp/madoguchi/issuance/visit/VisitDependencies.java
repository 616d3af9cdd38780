package jp.madoguchi.issuance.visit;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.card.CardPort;
import jp.madoguchi.issuance.visit.port.AccountPort;
import jp.madoguchi.issuance.visit.port.DocumentPort;
import jp.madoguchi.issuance.visit.port.PaymentPort;
import jp.madoguchi.issuance.visit.port.PrintPort;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/**
 * Everything a visit talks to. {@code rules} is asked on every menu and decision, so reloading rules is swapping
 * what it returns. {@code clock} is the only source of time (tests and {@code simulate} move it by hand).
 */
public record VisitDependencies(CardPort card, PaymentPort payment, DocumentPort documents, PrintPort printer,
        VisitJournal journal, AccountPort accounts, Supplier<RuleBook> rules, ResidentRegistry registry,
        ChainVerifier chain, Clock clock, VisitSettings settings) {
    public VisitDependencies {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings, "settings");
    }
}
