package jp.madoguchi.ui.voice;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskBundles;
import jp.madoguchi.ui.i18n.KioskLanguage;

/**
 * The words of the voice guidance. Each screen has a prompt in {@code prompts_<language>.properties} that says what
 * to do now, written to be heard (no "see below", no "the green key"); screen messages a prompt reads after it come
 * from the screen's bundles, so they stay worded once. Not thread-safe: the {@link VoiceGuide}'s thread owns it.
 */
public final class VoicePrompts {
    public static final String BASE_NAME = "jp.madoguchi.ui.voice.prompts";

    /** {@code [[common.next]]}: a screen text by its key, so a prompt names a key exactly as it is labelled. */
    static final Pattern LABEL = Pattern.compile("\\[\\[([A-Za-z0-9.]+)]]");

    private final Map<KioskLanguage, ResourceBundle> prompts = new EnumMap<>(KioskLanguage.class);
    private final I18n screen = new I18n();

    /** What to say for {@code snapshot}: the idle warning over everything, else the step and a card left behind. */
    public Utterance forSnapshot(VisitSnapshot snapshot, KioskLanguage language) {
        if (snapshot.idleWarning().isPresent()) {
            return phrase(language, "idle-warning");
        }
        List<String> parts = new ArrayList<>();
        StepPrompt prompt = StepPrompt.of(snapshot.step());
        parts.add(prompt(language, prompt.key(), prompt.args().toArray()));
        prompt.then().forEach(message -> parts.add(screenText(language, message)));
        boolean between = snapshot.step() instanceof Attract || snapshot.step() instanceof ThankYou;
        if (snapshot.cardOnReader() && between) {
            parts.add(prompt(language, "card-left"));
        }
        return new Utterance(language, String.join(" ", parts));
    }

    /** A fixed phrase of the guide itself ({@code voice-on}, {@code volume}). */
    public Utterance phrase(KioskLanguage language, String key, Object... args) {
        return new Utterance(language, prompt(language, key, args));
    }

    /** Keys of every prompt in {@code language}'s bundle: what the completeness test compares. */
    public Set<String> keys(KioskLanguage language) {
        return bundle(language).keySet();
    }

    private String prompt(KioskLanguage language, String key, Object... args) {
        String said = new MessageFormat(bundle(language).getString(key), language.locale()).format(args);
        Matcher label = LABEL.matcher(said);
        StringBuilder out = new StringBuilder();
        while (label.find()) {
            label.appendReplacement(out, Matcher.quoteReplacement(screen.format(language, label.group(1))));
        }
        label.appendTail(out);
        return out.toString();
    }

    private String screenText(KioskLanguage language, Message message) {
        screen.setLanguage(language);
        Object[] args = message.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate date) {
                args[i] = screen.date(date);
            }
        }
        return Speakable.speakable(screen.tr(message.key(), args));
    }

    private ResourceBundle bundle(KioskLanguage language) {
        return prompts.computeIfAbsent(language, l -> KioskBundles.load(BASE_NAME, l));
    }
}
