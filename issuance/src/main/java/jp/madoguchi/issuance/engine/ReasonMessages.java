package jp.madoguchi.issuance.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.BlockingCondition;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;

/**
 * English text for reasons, from {@code reasons.properties}: {@code {name}} is replaced by the parameter. For
 * operators and logs; the kiosk UI translates message keys itself.
 */
public final class ReasonMessages {
    private static final Properties TEMPLATES = load();

    private ReasonMessages() {}

    public static String render(Reason reason) {
        String text = template(reason.messageKey()).orElse(reason.messageKey() + " " + reason.params());
        for (Map.Entry<String, String> param : reason.params().entrySet()) {
            text = text.replace("{" + param.getKey() + "}", display(param.getKey(), param.getValue()));
        }
        return text;
    }

    /**
     * Certificate and option ids read better with their Japanese names: 戸籍全部事項証明書 (koseki-zenbu); hours
     * and periods as sentences.
     */
    private static String display(String param, String value) {
        Optional<String> label = switch (param) {
            case "certificate" -> Identified.byId(CertificateType.class, value).map(CertificateType::label);
            case "option" -> Identified.byId(CertificateOption.class, value).map(CertificateOption::label);
            case "condition" -> Identified.byId(BlockingCondition.class, value).map(BlockingCondition::label);
            default -> Optional.empty();
        };
        if (label.isPresent()) {
            return label.get() + " (" + value + ")";
        }
        return switch (param) {
            case "scope" -> Identified.byId(BlockScope.class, value).map(ReasonMessages::scope).orElse(value);
            case "hours" -> hours(value);
            case "period" -> value.replace("..", " to ");
            case "until" -> value.replace('T', ' ');
            case "businessDays" -> value.contains("-") ? value.replace('-', '–') : "about " + value;
            default -> value;
        };
    }

    /** "weekdays 08:30-12:00,13:00-17:15, saturday closed" reads "weekdays 08:30–12:00 and 13:00–17:15; saturday closed". */
    static String hours(String described) {
        return described.replace(", ", "; ").replace(",", " and ").replace('-', '–');
    }

    private static String scope(BlockScope scope) {
        return switch (scope) {
            case SUBJECTS -> "a subject of the certificate";
            case HOUSEHOLD -> "the requester's household";
            case KOSEKI -> "the requester's 戸籍";
        };
    }

    public static Optional<String> template(String messageKey) {
        return Optional.ofNullable(TEMPLATES.getProperty(messageKey));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ReasonMessages.class.getResourceAsStream("reasons.properties")) {
            if (in == null) {
                throw new IllegalStateException("reasons.properties missing next to " + ReasonMessages.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
