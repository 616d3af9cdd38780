package jp.madoguchi.issuance.visit;

import java.util.Optional;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.MenuItem;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * Municipality, certificate, options, people, copies and confirm. Selections redraw the screen; Confirm moves to
 * the next stage that offers a choice and Back to the previous one. The engine's decision at confirm time is
 * the one that counts: it is journaled and, when allowed, hands over to payment.
 */
final class OrderFlow implements Flow {
    private final VisitState state;
    private final OrderScreens screens;
    private final OutputFlow output;

    OrderFlow(VisitState state, OrderScreens screens, OutputFlow output) {
        this.state = state;
        this.screens = screens;
        this.output = output;
    }

    void begin() {
        show(OrderStage.MUNICIPALITY);
    }

    @Override
    public void act(ResidentAction action) {
        VisitStep step = state.step();
        OrderStage stage = StepTable.stage(step).orElseThrow();
        Visit visit = state.requireVisit();
        if (action instanceof ResidentAction.Back) {
            stage.previous(screens, visit).ifPresentOrElse(this::show,
                    () -> state.endToAttract(EndReason.CANCELLED));
        } else if (step instanceof ChooseMunicipality screen
                && action instanceof ResidentAction.ChooseMunicipality chosen) {
            screen.choices().stream().filter(choice -> choice.role() == chosen.role()).findFirst()
                    .ifPresent(this::municipality);
        } else if (step instanceof ChooseCertificate screen
                && action instanceof ResidentAction.ChooseCertificate chosen) {
            Optional<MenuItem.Available> item = screens.menus().available(screen.municipality(),
                    visit.requireRequester(), chosen.certificate());
            item.ifPresentOrElse(this::certificate, () -> state.redraw(screens.screen(stage, visit)));
        } else if (step instanceof ChooseOptions && action instanceof ResidentAction.SetOptions chosen
                && screens.validOptions(visit, chosen.options())) {
            select(stage, visit.order().withOptions(chosen.options()));
        } else if (step instanceof ChooseSubjects && action instanceof ResidentAction.ChooseSubjects chosen
                && screens.validSubjects(visit, chosen.subjects())) {
            select(stage, visit.order().withSubjects(chosen.subjects()));
        } else if (step instanceof ChooseCopies copies && action instanceof ResidentAction.SetCopies chosen
                && chosen.copies() >= 1 && chosen.copies() <= copies.maxCopies()) {
            select(stage, visit.order().withCopies(chosen.copies()));
        } else if (action instanceof ResidentAction.Confirm) {
            confirm(stage, visit);
        }
    }

    private void municipality(MunicipalityChoice choice) {
        state.update(visit -> visit.withOrder(visit.order().withMunicipality(choice)));
        show(OrderStage.CERTIFICATE);
    }

    private void certificate(MenuItem.Available item) {
        state.update(visit -> visit.withOrder(visit.order().withItem(item)));
        OrderStage.CERTIFICATE.next(screens, state.requireVisit()).ifPresent(this::show);
    }

    private void select(OrderStage stage, Order changed) {
        state.update(visit -> visit.withOrder(changed));
        state.redraw(screens.screen(stage, state.requireVisit()));
    }

    private void confirm(OrderStage stage, Visit visit) {
        if (state.step() instanceof Confirm refused && !refused.allowed()) {
            return;
        }
        if (stage == OrderStage.CONFIRM) {
            order(visit);
        } else if (stage != OrderStage.MUNICIPALITY && stage != OrderStage.CERTIFICATE) {
            stage.next(screens, visit).ifPresent(this::show);
        }
    }

    /** Decides again at this instant: the hours may have ended while the resident read the summary. */
    private void order(Visit visit) {
        Decision decision = OrderRequests.decide(state.deps(), visit, state.now());
        Order order = visit.order();
        state.journal(new JournalEntry.Decided(visit.id(), state.now(), order.requireMunicipality().code(),
                order.requireItem().certificate(), decision.allowed(), OrderRequests.ruleIds(decision),
                order.copies(), decision.feeTotal()));
        if (decision instanceof Decision.Allowed allowed) {
            state.update(v -> v.withOrder(v.order().withDecision(allowed)));
            output.pay();
        } else {
            state.redraw(screens.confirm(visit, decision));
        }
    }

    private void show(OrderStage stage) {
        state.go(screens.screen(stage, state.requireVisit()));
    }
}
