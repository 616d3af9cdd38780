package jp.madoguchi.ui.i18n;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.step.Message;

/**
 * Text for the visit model's values: certificate and option names, the model's {@link Message}s and the engine's
 * {@link Reason}s. Bindings re-format on a language switch, dates included (2027年3月31日 / March 31, 2027).
 */
public final class ModelText {
    private static final Map<CertificateType, String> CERTIFICATES = new EnumMap<>(Map.of(
            CertificateType.RESIDENT_RECORD, "document.residentRecord",
            CertificateType.RESIDENT_RECORD_ITEMS, "document.residentRecordItems",
            CertificateType.SEAL_REGISTRATION, "document.sealRegistration",
            CertificateType.KOSEKI_FULL, "document.kosekiFull",
            CertificateType.KOSEKI_INDIVIDUAL, "document.kosekiIndividual",
            CertificateType.KOSEKI_ANNEX, "document.kosekiAnnex",
            CertificateType.INCOME_TAX, "document.incomeTax",
            CertificateType.TAX_PAYMENT, "document.taxPayment"));
    /** 住民票コード has no key: the engine never offers it. */
    private static final Map<CertificateOption, String> OPTIONS = new EnumMap<>(Map.of(
            CertificateOption.WHOLE_HOUSEHOLD, "subjects.wholeHousehold",
            CertificateOption.HOUSEHOLD_HEAD, "options.householdHead",
            CertificateOption.HONSEKI, "options.honseki",
            CertificateOption.MY_NUMBER, "options.myNumber",
            CertificateOption.NATIONALITY, "options.nationality",
            CertificateOption.RESIDENCE_STATUS, "options.residenceStatus",
            CertificateOption.RESIDENCE_CARD_NUMBER, "options.residenceCardNumber"));

    private final I18n i18n;

    public ModelText(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    public static String key(CertificateType certificate) {
        return CERTIFICATES.get(certificate);
    }

    public static String key(CertificateOption option) {
        String key = OPTIONS.get(option);
        if (key == null) {
            throw new IllegalArgumentException(option + " is never shown at a kiosk");
        }
        return key;
    }

    public StringBinding certificate(CertificateType certificate) {
        return i18n.text(key(certificate));
    }

    public StringBinding option(CertificateOption option) {
        return i18n.text(key(option));
    }

    public StringBinding reason(Reason reason) {
        return message(ReasonText.of(reason));
    }

    /** A model message; its dates are written the current language's way whenever the language changes. */
    public StringBinding message(Message message) {
        return Bindings.createStringBinding(() -> format(message), i18n.languageProperty());
    }

    /** The same, formatted once now: for texts joined into another. */
    public String format(Message message) {
        Object[] args = message.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate date) {
                args[i] = i18n.date(date);
            }
        }
        return i18n.tr(message.key(), args);
    }
}
