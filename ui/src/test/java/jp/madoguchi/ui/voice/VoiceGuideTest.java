package jp.madoguchi.ui.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the guide speaks, what it says, and that it goes quiet for the next resident. */
class VoiceGuideTest {
    private static final VisitId VISIT = new VisitId("V-0123456789abcdef");
    private static final Attract ATTRACT = new Attract(List.of(Service.values()));
    private final RecordingSpeaker speaker = new RecordingSpeaker(EnumSet.complementOf(
            EnumSet.of(KioskLanguage.TAGALOG)));
    private final VoicePrompts prompts = new VoicePrompts();
    private VoiceGuide guide = new VoiceGuide(speaker, false);
    private long sequence;

    @AfterEach
    void close() {
        guide.close();
    }

    @Test
    void itIsQuietUntilAVoiceKeyIsPressedThenSaysTheScreen() throws Exception {
        guide.follow(snapshot(ATTRACT, Optional.empty(), "ja"));
        guide.drain();
        assertThat(speaker.said).isEmpty();

        guide.toggle();
        guide.drain();

        assertThat(speaker.texts()).singleElement().asString()
                .startsWith(phrase(KioskLanguage.JAPANESE, "voice-on")).endsWith(say(ATTRACT, "ja"));
    }

    @Test
    void eachNewScreenIsSaidOnceAndAProgressRedrawStaysQuiet() throws Exception {
        guide.toggle();
        guide.follow(snapshot(new PlaceCard(Service.CERTIFICATES), Optional.of(VISIT), "en"));
        guide.follow(snapshot(new Printing(0, 2), Optional.of(VISIT), "en"));
        guide.follow(snapshot(new Printing(1, 2), Optional.of(VISIT), "en"));
        guide.drain();

        assertThat(speaker.texts()).as("before any screen, in the kiosk's own language")
                .containsExactly(phrase(KioskLanguage.JAPANESE, "voice-on"),
                say(new PlaceCard(Service.CERTIFICATES), "en"), say(new Printing(1, 2), "en"));
    }

    @Test
    void repeatSaysTheScreenAgainAndTheVolumeKeysSayTheNewLevel() throws Exception {
        guide.follow(snapshot(new PlaceCard(Service.CERTIFICATES), Optional.of(VISIT), "vi"));
        guide.repeat(); // off: turns it on
        guide.repeat();
        guide.louder();
        guide.louder();
        guide.louder();
        guide.drain();

        String screen = say(new PlaceCard(Service.CERTIFICATES), "vi");
        assertThat(speaker.texts()).hasSize(5);
        assertThat(speaker.texts().get(1)).isEqualTo(screen);
        assertThat(speaker.said.get(4).volume()).as("capped").isEqualTo(VoiceGuide.MAX_VOLUME);
        assertThat(speaker.texts().get(4)).isEqualTo(prompts.phrase(KioskLanguage.VIETNAMESE, "volume", 5).text());
    }

    @Test
    void theKeyTurnsItOffAtOnce() throws Exception {
        guide.toggle();
        guide.toggle();
        guide.follow(snapshot(new PlaceCard(Service.CERTIFICATES), Optional.of(VISIT), "ja"));
        guide.drain();

        assertThat(speaker.stops).isEqualTo(1);
        assertThat(speaker.said).hasSize(1);
    }

    @Test
    void theNextResidentIsNotSpokenToUnasked() throws Exception {
        guide.toggle();
        guide.follow(snapshot(new ThankYou(), Optional.of(VISIT), "ja"));
        guide.follow(snapshot(ATTRACT, Optional.empty(), "ja"));
        guide.follow(snapshot(new PlaceCard(Service.CERTIFICATES), Optional.of(new VisitId("V-1111111111111111")),
                "ja"));
        guide.drain();

        assertThat(speaker.texts()).last().isEqualTo(say(new ThankYou(), "ja"));
        assertThat(speaker.stops).isEqualTo(1);
    }

    @Test
    void aKioskSetToAlwaysSpeakKeepsSpeaking() throws Exception {
        guide.close();
        guide = new VoiceGuide(speaker, true);
        guide.follow(snapshot(new ThankYou(), Optional.of(VISIT), "ja"));
        guide.follow(snapshot(ATTRACT, Optional.empty(), "ja"));
        guide.drain();

        assertThat(speaker.texts()).containsExactly(say(new ThankYou(), "ja"), say(ATTRACT, "ja"));
    }

    @Test
    void aLanguageWithoutAVoiceIsSpokenInEnglish() throws Exception {
        guide.toggle();
        guide.follow(snapshot(new PlaceCard(Service.CERTIFICATES), Optional.of(VISIT), "tl"));
        guide.drain();

        assertThat(speaker.said).last().satisfies(said -> {
            assertThat(said.utterance().language()).isEqualTo(KioskLanguage.ENGLISH);
            assertThat(said.utterance().text()).isEqualTo(say(new PlaceCard(Service.CERTIFICATES), "en"));
        });
    }

    private String say(VisitStep step, String tag) {
        KioskLanguage language = KioskLanguage.forTag(tag).orElseThrow();
        return prompts.forSnapshot(snapshot(step, Optional.empty(), tag), language).text();
    }

    private String phrase(KioskLanguage language, String key) {
        return prompts.phrase(language, key).text();
    }

    private VisitSnapshot snapshot(VisitStep step, Optional<VisitId> visit, String tag) {
        return new VisitSnapshot(++sequence, visit, new Language(tag), step, Optional.empty(), false);
    }
}
