package jp.madoguchi.issuance.visit;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.MenuItem;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;

/**
 * What the resident is ordering, filled in step by step: the municipality, the menu item chosen (with the options
 * the engine made available), the selections, then the binding decision, the amount paid (and the change given)
 * and the documents.
 */
record Order(Optional<MunicipalityChoice> municipality, Optional<MenuItem.Available> item, RequestedOptions options,
        SubjectSelection subjects, int copies, Optional<Decision.Allowed> decision, int paidYen, int changeYen,
        List<DocumentNumber> documents) {
    static final Order EMPTY = new Order(Optional.empty(), Optional.empty(), RequestedOptions.NONE,
            SubjectSelection.SELF, 1, Optional.empty(), 0, 0, List.of());

    Order {
        documents = List.copyOf(documents);
    }

    /** A new municipality starts the order afresh. */
    Order withMunicipality(MunicipalityChoice choice) {
        return new Order(Optional.of(choice), Optional.empty(), RequestedOptions.NONE, SubjectSelection.SELF, 1,
                Optional.empty(), 0, 0, List.of());
    }

    /** A new certificate resets the selections; the newest tax year is preselected. */
    Order withItem(MenuItem.Available chosen) {
        List<Integer> years = chosen.availableOptions().taxYears();
        RequestedOptions defaults = years.isEmpty() ? RequestedOptions.NONE
                : new RequestedOptions(Set.of(), Optional.of(Collections.max(years)));
        return new Order(municipality, Optional.of(chosen), defaults, SubjectSelection.SELF, 1, Optional.empty(), 0, 0,
                List.of());
    }

    Order withOptions(RequestedOptions chosen) {
        return new Order(municipality, item, chosen, subjects, copies, decision, paidYen, changeYen, documents);
    }

    Order withSubjects(SubjectSelection chosen) {
        return new Order(municipality, item, options, chosen, copies, decision, paidYen, changeYen, documents);
    }

    Order withCopies(int chosen) {
        return new Order(municipality, item, options, subjects, chosen, decision, paidYen, changeYen, documents);
    }

    Order withDecision(Decision.Allowed allowed) {
        return new Order(municipality, item, options, subjects, copies, Optional.of(allowed), paidYen, changeYen, documents);
    }

    Order withPaid(int yen, int change) {
        return new Order(municipality, item, options, subjects, copies, decision, yen, change, documents);
    }

    Order withDocuments(List<DocumentNumber> issued) {
        return new Order(municipality, item, options, subjects, copies, decision, paidYen, changeYen, issued);
    }

    MenuItem.Available requireItem() {
        return item.orElseThrow(() -> new IllegalStateException("no certificate chosen"));
    }

    MunicipalityChoice requireMunicipality() {
        return municipality.orElseThrow(() -> new IllegalStateException("no municipality chosen"));
    }

    int amountDue() {
        return decision.map(allowed -> allowed.fee().total()).orElse(0);
    }
}
