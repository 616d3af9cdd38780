package jp.madoguchi.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** One language's bundle read straight from its file, so the tests see exactly what a translator wrote. */
public record BundleFile(KioskLanguage language, String resource, Map<String, String> messages) {

    public static BundleFile of(KioskLanguage language) {
        String bundleName = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                .toBundleName(KioskBundles.BASE_NAME, language.locale().stripExtensions());
        String resource = bundleName.replace('.', '/') + ".properties";
        try (InputStream in = BundleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundle file " + resource + " for " + language);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT))) {
                properties.load(reader);
            }
            Map<String, String> messages = new TreeMap<>();
            properties.forEach((key, value) -> messages.put((String) key, (String) value));
            return new BundleFile(language, resource, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public static BundleFile japanese() {
        return of(KioskLanguage.JAPANESE);
    }
}
