package jp.madoguchi.ui.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way views get text. {@link #tr} formats a message in the current language; {@link #text} gives a binding
 * that re-formats itself when the language (or an observable argument) changes, so a language switch mid-visit
 * re-renders every bound string without rebuilding the screen. The language property belongs to the FX thread.
 */
public final class I18n {
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

    private final ObjectProperty<KioskLanguage> language;
    private final Map<KioskLanguage, ResourceBundle> bundles = new EnumMap<>(KioskLanguage.class);
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    public I18n(KioskLanguage initial) {
        this.language = new SimpleObjectProperty<>(this, "language", Objects.requireNonNull(initial));
    }

    /** Starts in the kiosk's default language (Japanese). */
    public I18n() {
        this(KioskLanguage.defaultLanguage());
    }

    public ObjectProperty<KioskLanguage> languageProperty() {
        return language;
    }

    public KioskLanguage language() {
        return language.get();
    }

    public void setLanguage(KioskLanguage newLanguage) {
        language.set(Objects.requireNonNull(newLanguage));
    }

    /**
     * The message for {@code key} in the current language, formatted with {@link MessageFormat} (so a literal
     * apostrophe is written {@code ''} in every bundle). A missing key comes back as the key itself, logged once.
     */
    public String tr(String key, Object... args) {
        return format(language.get(), key, args);
    }

    /** Like {@link #tr}, re-evaluated whenever the language or any {@link ObservableValue} argument changes. */
    public StringBinding text(String key, Object... args) {
        List<ObservableValue<?>> dependencies = new ArrayList<>();
        dependencies.add(language);
        for (Object arg : args) {
            if (arg instanceof ObservableValue<?> observable) {
                dependencies.add(observable);
            }
        }
        return Bindings.createStringBinding(() -> tr(key, unwrap(args)),
                dependencies.toArray(ObservableValue<?>[]::new));
    }

    /** A date as the current language writes it in full, e.g. 2027年3月31日 or March 31, 2027: for {@code {0}} args. */
    public String date(LocalDate date) {
        KioskLanguage current = language.get();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(current.locale())
                .withDecimalStyle(DecimalStyle.of(current.locale()))
                .format(date);
    }

    /** A message in a given language, whatever the current one is: the language picker and tests use it. */
    public String format(KioskLanguage in, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(in).getString(key);
        } catch (MissingResourceException e) {
            if (reportedMissing.add(in.tag() + '/' + key)) {
                LOG.warn("No text for key {} in language {}; showing the key", key, in.tag());
            }
            return key;
        }
        return new MessageFormat(pattern, in.locale()).format(args);
    }

    private synchronized ResourceBundle bundle(KioskLanguage in) {
        return bundles.computeIfAbsent(in, KioskBundles::load);
    }

    private static Object[] unwrap(Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof ObservableValue<?> observable ? observable.getValue() : args[i];
        }
        return values;
    }
}
