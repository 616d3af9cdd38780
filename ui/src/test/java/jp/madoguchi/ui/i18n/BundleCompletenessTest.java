package jp.madoguchi.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language says everything Japanese says, with patterns the kiosk can format. */
class BundleCompletenessTest {
    private static final BundleFile JAPANESE = BundleFile.japanese();

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void hasExactlyTheKeysOfTheJapaneseBundle(KioskLanguage language) {
        Set<String> keys = BundleFile.of(language).messages().keySet();

        Set<String> missing = new TreeSet<>(JAPANESE.messages().keySet());
        missing.removeAll(keys);
        Set<String> extra = new TreeSet<>(keys);
        extra.removeAll(JAPANESE.messages().keySet());

        assertThat(missing).as("keys missing in %s", language).isEmpty();
        assertThat(extra).as("keys in %s that Japanese does not have", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyValueIsANonEmptyPatternWithTheArgumentsOfJapanese(KioskLanguage language) {
        BundleFile bundle = BundleFile.of(language);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : bundle.messages().entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (value.isBlank()) {
                problems.add(key + " is empty");
                continue;
            }
            try {
                MessageSignature signature = MessageSignature.of(value, language.locale());
                String base = JAPANESE.messages().get(key);
                if (base != null && !signature.equals(MessageSignature.of(base, KioskLanguage.JAPANESE.locale()))) {
                    problems.add(key + " uses " + signature.arguments() + " but Japanese uses "
                            + MessageSignature.of(base, KioskLanguage.JAPANESE.locale()).arguments());
                }
            } catch (IllegalArgumentException e) {
                problems.add(key + " is not a MessageFormat pattern: " + e.getMessage());
            }
        }
        assertThat(problems).as("patterns in %s", bundle.resource()).isEmpty();
    }

    /** MessageFormat drops a lone apostrophe and quotes what follows; the bundles never quote on purpose. */
    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void apostrophesAreDoubledSoMessageFormatKeepsThem(KioskLanguage language) {
        List<String> unescaped = new ArrayList<>();
        BundleFile.of(language).messages().forEach((key, value) -> {
            if (value.replace("''", "").contains("'")) {
                unescaped.add(key + "=" + value);
            }
        });
        assertThat(unescaped).as("single apostrophes in %s", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyPatternFormatsWithoutLeftoverBracesOrQuotes(KioskLanguage language) {
        BundleFile.of(language).messages().forEach((key, value) -> assertThatCode(() -> {
            Object[] args = MessageSignature.of(value, language.locale()).sampleArguments();
            String text = new MessageFormat(value, language.locale()).format(args);
            assertThat(text).as(key).doesNotContain("{", "}", "''");
        }).as("%s in %s", key, language).doesNotThrowAnyException());
    }
}
