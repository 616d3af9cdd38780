package jp.madoguchi.issuance.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.engine.MenuItem;
import jp.madoguchi.issuance.engine.MenuQuery;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.registry.KosekiEntry;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.Register;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;

/**
 * The first two order screens, straight from the rules: which municipalities the resident can order from, and
 * that municipality's menu for them at this instant. The menu is asked afresh each time, so a certificate whose
 * hours ended while the resident looked at it is greyed on the next look.
 */
final class MenuScreens {
    private final VisitState state;

    MenuScreens(VisitState state) {
        this.state = state;
    }

    /** 住所地 always; 本籍地 when it is elsewhere and the 本籍地利用登録 was made. */
    ChooseMunicipality municipalities(RequesterFacts requester) {
        List<MunicipalityChoice> choices = new ArrayList<>();
        MunicipalityCode home = requester.self().address();
        choices.add(choice(MunicipalityRole.RESIDENCE, home));
        Optional<KosekiEntry> koseki = requester.self().koseki();
        if (koseki.isPresent() && !koseki.get().honseki().equals(home) && koseki.get().useRegistered()) {
            choices.add(choice(MunicipalityRole.DOMICILE, koseki.get().honseki()));
        }
        return new ChooseMunicipality(choices);
    }

    /** The 本籍地 menu lists only 戸籍 certificates; the 住所地 menu lists everything its rules know. */
    ChooseCertificate menu(MunicipalityChoice municipality, RequesterFacts requester) {
        List<CertificateChoice> items = new ArrayList<>();
        for (MenuItem item : items(municipality, requester)) {
            if (item instanceof MenuItem.Available available) {
                items.add(new CertificateChoice(item.certificate(), true, Optional.of(available.feePerCopy()),
                        available.maxCopies(), List.of()));
            } else {
                MenuItem.Unavailable unavailable = (MenuItem.Unavailable) item;
                items.add(new CertificateChoice(item.certificate(), false, unavailable.feePerCopy(), 0,
                        unavailable.reasons()));
            }
        }
        return new ChooseCertificate(municipality, items);
    }

    Optional<MenuItem.Available> available(MunicipalityChoice municipality, RequesterFacts requester,
            CertificateType type) {
        return items(municipality, requester).stream()
                .filter(item -> item.certificate() == type && item instanceof MenuItem.Available)
                .map(MenuItem.Available.class::cast)
                .findFirst();
    }

    private List<MenuItem> items(MunicipalityChoice municipality, RequesterFacts requester) {
        Instant now = state.now();
        List<MenuItem> all = new RuleEngine(state.deps().rules().get())
                .menu(new MenuQuery(municipality.code(), now, requester)).items();
        if (municipality.role() == MunicipalityRole.RESIDENCE) {
            return all;
        }
        return all.stream().filter(item -> item.certificate().register() == Register.KOSEKI).toList();
    }

    private MunicipalityChoice choice(MunicipalityRole role, MunicipalityCode code) {
        RuleBook book = state.deps().rules().get();
        String name = book.ruleSet(code).map(set -> set.municipality().name()).orElse(code.value());
        return new MunicipalityChoice(role, code, name);
    }
}
