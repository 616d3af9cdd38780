package jp.madoguchi.issuance.visit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.engine.AvailableOptions;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.MenuItem;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.OrderSummary;
import jp.madoguchi.issuance.visit.step.SubjectChoice;
import jp.madoguchi.issuance.visit.step.VisitStep;

/** Builds each order screen from the visit, decides which ones offer a choice, and checks the resident's input. */
final class OrderScreens {
    private final VisitState state;
    private final MenuScreens menus;

    OrderScreens(VisitState state) {
        this.state = state;
        this.menus = new MenuScreens(state);
    }

    MenuScreens menus() {
        return menus;
    }

    boolean applies(OrderStage stage, Visit visit) {
        return switch (stage) {
            case OPTIONS -> !choosableOptions(visit).isEmpty()
                    || visit.order().requireItem().availableOptions().taxYears().size() > 1;
            case SUBJECTS -> wholeHouseholdAvailable(visit) || people(visit).size() > 1;
            case MUNICIPALITY, CERTIFICATE, COPIES, CONFIRM -> true;
        };
    }

    VisitStep screen(OrderStage stage, Visit visit) {
        Order order = visit.order();
        RequesterFacts requester = visit.requireRequester();
        return switch (stage) {
            case MUNICIPALITY -> menus.municipalities(requester);
            case CERTIFICATE -> menus.menu(order.requireMunicipality(), requester);
            case OPTIONS -> new ChooseOptions(order.requireItem().certificate(), choosableOptions(visit),
                    order.requireItem().availableOptions().taxYears(), order.options());
            case SUBJECTS -> new ChooseSubjects(order.requireItem().certificate(), people(visit),
                    wholeHouseholdAvailable(visit), order.subjects());
            case COPIES -> new ChooseCopies(order.copies(), order.requireItem().maxCopies(),
                    order.requireItem().feePerCopy());
            case CONFIRM -> confirm(visit, OrderRequests.decide(state.deps(), visit, state.now()));
        };
    }

    Confirm confirm(Visit visit, Decision decision) {
        Order order = visit.order();
        MenuItem.Available item = order.requireItem();
        OrderSummary summary = new OrderSummary(order.requireMunicipality(), item.certificate(), order.options(),
                order.subjects().wholeHousehold(), chosenPeople(visit), order.copies(),
                decision.feePerCopy().orElse(item.feePerCopy()), decision.feeTotal());
        return new Confirm(summary, decision.reasons());
    }

    boolean validOptions(Visit visit, RequestedOptions options) {
        List<Integer> years = visit.order().requireItem().availableOptions().taxYears();
        boolean yearOk = years.isEmpty() ? options.taxYear().isEmpty()
                : options.taxYear().map(years::contains).orElse(false);
        return yearOk && choosableOptions(visit).containsAll(options.included());
    }

    boolean validSubjects(Visit visit, SubjectSelection subjects) {
        if (subjects.wholeHousehold()) {
            return wholeHouseholdAvailable(visit);
        }
        List<String> refs = people(visit).stream().map(SubjectChoice::ref).toList();
        return refs.containsAll(subjects.refs());
    }

    /** Options shown on the options screen; 世帯全員 is a subjects choice. */
    private static Set<CertificateOption> choosableOptions(Visit visit) {
        AvailableOptions available = visit.order().requireItem().availableOptions();
        Set<CertificateOption> options = EnumSet.noneOf(CertificateOption.class);
        options.addAll(available.options());
        options.remove(CertificateOption.WHOLE_HOUSEHOLD);
        return options;
    }

    private static boolean wholeHouseholdAvailable(Visit visit) {
        return visit.order().requireItem().availableOptions().options().contains(CertificateOption.WHOLE_HOUSEHOLD);
    }

    private static List<SubjectChoice> chosenPeople(Visit visit) {
        SubjectSelection chosen = visit.order().subjects();
        RequesterFacts requester = visit.requireRequester();
        if (chosen.wholeHousehold()) {
            return requester.household().stream().map(person -> new SubjectChoice(person.id(), person.name(),
                    person.id().equals(requester.self().id()))).toList();
        }
        List<SubjectChoice> people = people(visit);
        if (chosen.refs().isEmpty()) {
            return List.of(people.get(0));
        }
        return people.stream().filter(person -> chosen.refs().contains(person.ref())).toList();
    }

    private static List<SubjectChoice> people(Visit visit) {
        return OrderRequests.people(visit.order().requireItem().certificate(), visit.requireRequester());
    }
}
