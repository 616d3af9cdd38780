package jp.madoguchi.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.jpki.CardType;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every value the staff screen puts in words has its words, in every language. */
class StaffWordsTest {

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyEndReasonCheckStepCertificateStateCardKindAndPrinterProblemHasItsText(KioskLanguage language) {
        List<String> keys = new ArrayList<>();
        for (EndReason reason : EndReason.values()) {
            keys.add(StaffWords.endReason(reason));
        }
        for (ServiceCheck check : ServiceCheck.values()) {
            keys.add(StaffWords.check(check));
        }
        for (Class<?> step : VisitStep.class.getPermittedSubclasses()) {
            String id = step.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            assertThat(StaffWords.step(id)).as("the title of step " + id).isPresent();
            keys.add(StaffWords.step(id).orElseThrow());
        }
        for (ChainStatus status : ChainStatus.values()) {
            keys.add(StaffWords.certificate(status));
            keys.add(StaffWords.certificateAuthority(status));
        }
        for (CardType type : CardType.values()) {
            keys.add(StaffWords.otherCard(type));
        }
        for (PrinterReport.Problem problem : PrinterReport.Problem.values()) {
            if (problem != PrinterReport.Problem.NONE) {
                keys.add(StaffWords.printer(problem));
            }
        }

        I18n i18n = new I18n();
        assertThat(keys).allSatisfy(key -> assertThat(i18n.format(language, key)).as(key).isNotEqualTo(key));
    }
}
