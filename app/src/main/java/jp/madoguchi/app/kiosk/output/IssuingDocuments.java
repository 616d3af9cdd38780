package jp.madoguchi.app.kiosk.output;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.madoguchi.app.output.document.CertificateComposer;
import jp.madoguchi.app.output.document.CertificateIssuer;
import jp.madoguchi.app.output.document.CertificateOrder;
import jp.madoguchi.app.output.document.DocumentRefused;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.app.output.document.IssuedStatement;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.app.output.document.Places;
import jp.madoguchi.app.output.document.StatementIssuer;
import jp.madoguchi.app.output.document.VerificationCodes;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.AccountPort;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.DocumentOrder;
import jp.madoguchi.issuance.visit.port.DocumentPort;
import jp.madoguchi.issuance.visit.port.DocumentUnavailableException;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.StatementOrder;

/**
 * {@link DocumentPort} over the {@link CertificateIssuer}. The order is decided again by the rules engine at issue
 * time, against the registry as it is now: the decision supplies the fee, the tax year and whether the 個人番号 may
 * be printed, and a request that stopped being allowed since the confirm screen is not issued. Account statements
 * are rendered here too, from the {@link AccountPort}.
 */
public final class IssuingDocuments implements DocumentPort {
    private final ResidentRegistry registry;
    private final Supplier<RuleBook> rules;
    private final MyNumberSource myNumbers;
    private final VerificationCodes codes;
    private final Clock clock;
    private final IssuedSheets sheets;
    private final AccountPort accounts;
    private final Journal journal;
    private final boolean specimen;

    public IssuingDocuments(ResidentRegistry registry, Supplier<RuleBook> rules, MyNumberSource myNumbers,
            VerificationCodes codes, Clock clock, IssuedSheets sheets, AccountPort accounts, Journal journal,
            boolean specimen) {
        this.journal = journal;
        this.specimen = specimen;
        this.registry = registry;
        this.rules = rules;
        this.myNumbers = myNumbers;
        this.codes = codes;
        this.clock = clock;
        this.sheets = sheets;
        this.accounts = accounts;
    }

    @Override
    public List<DocumentNumber> render(DocumentOrder order) throws DocumentUnavailableException {
        try {
            return issue(order);
        } catch (RegistryUnavailableException e) {
            // Paid already: the visit refunds; the kiosk's next health round puts it out of service if it persists.
            throw new DocumentUnavailableException("the registry did not answer: " + e.getMessage(), e);
        }
    }

    private List<DocumentNumber> issue(DocumentOrder order) throws DocumentUnavailableException {
        RequesterFacts requester = registry.requester(order.requester())
                .orElseThrow(() -> new DocumentUnavailableException("requester no longer in the registry"));
        RuleBook book = rules.get();
        IssuanceRequest request = new IssuanceRequest(order.municipality(), order.issuedAt(), requester,
                order.certificate(), order.subjects(), withHousehold(order), order.copies());
        if (!(new RuleEngine(book).decide(request) instanceof Decision.Allowed allowed)) {
            throw new DocumentUnavailableException("the rules no longer allow " + order.certificate().id());
        }
        boolean myNumberChosen = order.options().includes(CertificateOption.MY_NUMBER);
        CertificateOrder certificate = CertificateOrder.approved(order.visit(), request, allowed,
                myNumberChosen);
        CertificateIssuer issuer = new CertificateIssuer(new CertificateComposer(registry, Places.of(book),
                myNumbers), codes, clock, specimen);
        try {
            List<IssuedDocument> issued = issuer.issue(certificate);
            sheets.add(order.visit(), order.requester(), issued);
            // Each sheet's fee is on record from the moment it exists, whatever happens to it afterwards.
            issued.forEach(sheet -> journal.record(new JournalEntry.DocumentIssued(order.visit(), journal.now(),
                    sheet.number(), sheet.order().type().id(), sheet.feeYen())));
            return issued.stream().map(IssuedDocument::number).toList();
        } catch (DocumentRefused e) {
            throw new DocumentUnavailableException("refused at issue: " + e.getMessage(), e);
        }
    }

    /** The statement is looked up again here, from the same account port the screen used, never passed in. */
    @Override
    public DocumentNumber renderStatement(StatementOrder order) throws DocumentUnavailableException {
        AccountStatement account;
        try {
            account = accounts.statement(order.card(), order.resident(), order.municipality());
        } catch (RuntimeException e) {
            throw new DocumentUnavailableException("account records unavailable: " + e.getMessage(), e);
        }
        Municipality municipality = Places.of(rules.get()).municipality(order.municipality());
        IssuedStatement statement = new StatementIssuer(clock).issue(order.visit(), order.resident(),
                municipality, account);
        sheets.add(order.visit(), order.resident(), List.of(statement));
        return statement.number();
    }

    @Override
    public void discard(VisitId visit) {
        sheets.discard(visit);
    }

    /** 世帯全員 travels as a flag on the port and as an option to the engine and the issuer. */
    private static RequestedOptions withHousehold(DocumentOrder order) {
        if (!order.wholeHousehold()) {
            return order.options();
        }
        Set<CertificateOption> included = EnumSet.of(CertificateOption.WHOLE_HOUSEHOLD);
        included.addAll(order.options().included());
        return new RequestedOptions(included, order.options().taxYear());
    }
}
