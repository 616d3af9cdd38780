package jp.madoguchi.issuance.visit;

import java.util.Optional;

/**
 * The order screens in their fixed sequence. Next and back walk this list, skipping the stages that offer no
 * choice for the current order, so going back never lands on a screen that was skipped going forward.
 */
enum OrderStage {
    MUNICIPALITY, CERTIFICATE, OPTIONS, SUBJECTS, COPIES, CONFIRM;

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
