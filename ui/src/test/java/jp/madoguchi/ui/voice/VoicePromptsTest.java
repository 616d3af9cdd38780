package jp.madoguchi.ui.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.gallery.StepGallery;
import jp.madoguchi.ui.i18n.KioskBundles;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every screen of the gallery has a prompt in every language, with its values and button names filled in. */
class VoicePromptsTest {
    private final VoicePrompts prompts = new VoicePrompts();

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyLanguageHasExactlyTheJapanesePrompts(KioskLanguage language) {
        assertThat(prompts.keys(language)).containsExactlyInAnyOrderElementsOf(
                prompts.keys(KioskLanguage.JAPANESE));
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyGalleryScreenIsSaidWithItsValuesAndLabels(KioskLanguage language) {
        for (StepGallery.Shot shot : StepGallery.shots(new Language(language.tag()))) {
            String said = prompts.forSnapshot(shot.snapshot(), language).text();

            assertThat(said).as(shot.name() + " in " + language.tag()).isNotBlank()
                    .doesNotContain("[[", "{", "}", "\n").doesNotContainPattern("\\b[a-z]+\\.[a-z][A-Za-z.]+\\b");
        }
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyLabelAPromptNamesIsOnTheScreen(KioskLanguage language) {
        ResourceBundle screen = KioskBundles.load(language);
        ResourceBundle voice = KioskBundles.load(VoicePrompts.BASE_NAME, language);
        for (String key : voice.keySet()) {
            Matcher label = VoicePrompts.LABEL.matcher(voice.getString(key));
            while (label.find()) {
                assertThat(screen.containsKey(label.group(1))).as(key + " names " + label.group(1)).isTrue();
            }
        }
    }

    @Test
    void theGalleryReachesEveryStepSoEveryStepIsCovered() {
        Set<Class<?>> shown = new HashSet<>();
        StepGallery.shots(Language.JAPANESE).forEach(shot -> shown.add(shot.snapshot().step().getClass()));

        assertThat(shown).containsAll(Arrays.asList(VisitStep.class.getPermittedSubclasses()));
    }

    @Test
    void phoneNumbersAreReadDigitByDigit() {
        var help = StepGallery.shots(Language.JAPANESE).stream().filter(s -> s.snapshot().step() instanceof Help)
                .findFirst().orElseThrow();

        assertThat(prompts.forSnapshot(help.snapshot(), KioskLanguage.JAPANESE).text())
                .contains("0 1 2 0, 9 5, 0 1 7 8").doesNotContain("0120-95-0178");
    }

    @Test
    void aWrongPinSaysSoAndHowManyTriesAreLeft() {
        var wrong = StepGallery.shots(Language.JAPANESE).stream()
                .filter(s -> s.name().equals("pin-entry--wrong-pin")).findFirst().orElseThrow();

        assertThat(prompts.forSnapshot(wrong.snapshot(), KioskLanguage.ENGLISH).text())
                .startsWith("That PIN was wrong.").contains("After 2 more wrong tries");
        assertThat(prompts.forSnapshot(StepGallery.shots(Language.JAPANESE).stream()
                .filter(s -> s.name().equals("pin-entry")).findFirst().orElseThrow().snapshot(),
                KioskLanguage.ENGLISH).text()).as("the key by its label").contains("then press OK.");
    }

    @Test
    void theIdleWarningIsSaidOverTheScreenBelowIt() {
        var idle = StepGallery.shots(Language.JAPANESE).stream().filter(s -> s.name().equals("idle-warning"))
                .findFirst().orElseThrow();

        assertThat(prompts.forSnapshot(idle.snapshot(), KioskLanguage.VIETNAMESE).text())
                .isEqualTo(prompts.phrase(KioskLanguage.VIETNAMESE, "idle-warning").text());
    }

    @Test
    void aCardLeftOnTheReaderIsMentionedBetweenVisits() {
        List<String> said = StepGallery.shots(Language.JAPANESE).stream()
                .filter(s -> s.name().equals("attract--card-left") || s.name().equals("thank-you--card-left"))
                .map(s -> prompts.forSnapshot(s.snapshot(), KioskLanguage.JAPANESE).text()).toList();

        assertThat(said).hasSize(2).allSatisfy(text -> assertThat(text)
                .endsWith(prompts.phrase(KioskLanguage.JAPANESE, "card-left").text()));
    }

    @Test
    void spokenDigitsPauseBetweenGroups() {
        assertThat(Speakable.of("0570-064-738")).isEqualTo("0 5 7 0, 0 6 4, 7 3 8");
        assertThat(Speakable.speakable("Call 0120-0178-27 (free).\nOpen 9:30")).isEqualTo(
                "Call 0 1 2 0, 0 1 7 8, 2 7 (free). Open 9:30");
    }
}
