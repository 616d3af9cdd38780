package jp.madoguchi.issuance.visit;

import java.util.Optional;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The order screens in their fixed sequence. Next and back walk this list, skipping the stages that offer no
 * choice for the current order, so going back never lands on a screen that was skipped going forward.
 */
enum OrderStage {
    MUNICIPALITY, CERTIFICATE, OPTIONS, SUBJECTS, COPIES, CONFIRM;

    static Optional<OrderStage> of(VisitStep step) {
        if (step instanceof ChooseMunicipality) {
            return Optional.of(MUNICIPALITY);
        } else if (step instanceof ChooseCertificate) {
            return Optional.of(CERTIFICATE);
        } else if (step instanceof ChooseOptions) {
            return Optional.of(OPTIONS);
        } else if (step instanceof ChooseSubjects) {
            return Optional.of(SUBJECTS);
        } else if (step instanceof ChooseCopies) {
            return Optional.of(COPIES);
        } else if (step instanceof Confirm) {
            return Optional.of(CONFIRM);
        }
        return Optional.empty();
    }

    Optional<OrderStage> next(OrderScreens screens, Visit visit) {
        for (int i = ordinal() + 1; i < values().length; i++) {
            if (screens.applies(values()[i], visit)) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.empty();
    }

    Optional<OrderStage> previous(OrderScreens screens, Visit visit) {
        for (int i = ordinal() - 1; i >= 0; i--) {
            if (screens.applies(values()[i], visit)) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.empty();
    }
}
