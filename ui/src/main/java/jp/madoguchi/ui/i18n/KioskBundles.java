package jp.madoguchi.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Loads the kiosk's message bundles. Each language reads exactly its own file: no parent chain and no fallback to
 * the JVM's default locale, so a missing key shows up as the key (and in the log) instead of silently appearing in
 * another language; the bundle tests keep that from ever reaching a resident. Files are strict UTF-8: a
 * mis-encoded file fails loudly instead of being read as ISO-8859-1, which is what the JDK default does.
 */
public final class KioskBundles {
    /** Base name of the bundles, under {@code src/main/resources}. */
    public static final String BASE_NAME = "jp.madoguchi.ui.i18n.messages";

    private static final ResourceBundle.Control OWN_FILE_ONLY = new OwnFileOnly();

    private KioskBundles() {}

    public static ResourceBundle load(KioskLanguage language) {
        return load(BASE_NAME, language);
    }

    /** Another family of bundles read the same strict way (the voice guidance's prompts). */
    public static ResourceBundle load(String baseName, KioskLanguage language) {
        return ResourceBundle.getBundle(baseName, language.locale(), KioskBundles.class.getClassLoader(),
                OWN_FILE_ONLY);
    }

    private static final class OwnFileOnly extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            // Extensions such as nu-latn do not name files; without them ja__EASY stays ja__EASY, never plain ja.
            return List.of(locale.stripExtensions());
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                boolean reload) throws IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                return null;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))) {
                return new PropertyResourceBundle(reader);
            }
        }
    }
}
