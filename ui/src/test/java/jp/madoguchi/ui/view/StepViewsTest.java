package jp.madoguchi.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.CardValidity;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.HotlinePurpose;
import jp.madoguchi.issuance.visit.step.HoursDays;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.gallery.StepGallery;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;

/** Every step has a view and a picture, and every key the visit model can hand the UI has a text. */
class StepViewsTest {
    private final I18n i18n = new I18n(KioskLanguage.JAPANESE);

    @Test
    void everyStepOfTheModelHasAViewAndAGalleryShot() {
        List<String> shown = StepGallery.shots(Language.JAPANESE).stream()
                .map(shot -> shot.snapshot().step().getClass().getSimpleName()).toList();
        for (Class<?> step : VisitStep.class.getPermittedSubclasses()) {
            assertThat(StepViews.covers(step)).as(step.getSimpleName()).isTrue();
            assertThat(shown).as("gallery").contains(step.getSimpleName());
        }
    }

    @Test
    void everyMessageKeyOfTheModelIsInTheBundles() {
        List<String> keys = new ArrayList<>();
        for (Service s : Service.values()) {
            keys.add(s.messageKey());
            keys.add(s.messageKey() + ".hint");
        }
        for (CardProblemKind k : CardProblemKind.values()) {
            keys.add(k.messageKey());
        }
        keys.add(CardProblemKind.PIN_UNCONFIRMED_LOCKED);
        keys.add(CardProblemKind.PIN_UNCONFIRMED_UNKNOWN);
        for (AbortReason r : AbortReason.values()) {
            keys.add(r.messageKey() + ".title");
            keys.add(r.messageKey() + ".body");
        }
        for (IssueProblem p : IssueProblem.values()) {
            keys.add(p.messageKey());
        }
        for (CardValidity v : CardValidity.values()) {
            keys.add(v.messageKey());
        }
        for (PinNotice n : PinNotice.values()) {
            keys.add(n.messageKey());
        }
        for (UnlockRoute u : UnlockRoute.values()) {
            keys.add(u.messageKey());
        }
        for (MunicipalityRole m : MunicipalityRole.values()) {
            keys.add(m.messageKey());
            keys.add(m.messageKey() + ".hint");
        }
        Help.LOST_CARD_STEPS.forEach(step -> keys.add(step.key()));
        for (HotlinePurpose p : HotlinePurpose.values()) {
            keys.add(p.messageKey());
        }
        for (HoursDays d : HoursDays.values()) {
            keys.add(d.messageKey());
        }

        assertThat(keys).allSatisfy(key -> assertThat(i18n.tr(key)).as(key).isNotEqualTo(key));
    }

    @Test
    void theAccountInquiryTextsCarryTheAmounts() {
        assertThat(i18n.tr("account.balance", 300)).contains("300円");
        assertThat(i18n.tr("account.refundsDue", 1200)).contains("1,200円");
        assertThat(new I18n(KioskLanguage.ENGLISH).tr("account.fee", 450)).isEqualTo("Fee 450 yen");
    }
}
