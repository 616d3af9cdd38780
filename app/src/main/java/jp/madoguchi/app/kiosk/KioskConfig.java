package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.app.kiosk.staff.StaffCallSettings;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.registry.RegistryEndpoint;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.staff.StaffPinHash;

/**
 * The kiosk's configuration file (YAML, or JSON, which is YAML too), read by {@link ConfigFile}; every field may be left
 * out. See {@code config/kiosk.sample.yaml} for each field's meaning. Unknown fields are refused so a typo does
 * not silently fall back to a default.
 */
public record KioskConfig(String municipality, String staffPinHash, Integer idleAfterSeconds,
        Integer idleWarningSeconds, Path rulesDirectory, Path trustDirectory, Boolean acceptTestCards,
        String printer, String language, Path journalKey, Path journal, Path spool, String mode,
        String reader, Path rulesSigners, RegistryEndpoint registry, PaymentEndpoint payment,
        StaffCallSettings callStaff) {

    public static final KioskConfig DEFAULTS = new KioskConfig(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    public KioskConfig {
        idleAfterSeconds = positive("idleAfterSeconds", idleAfterSeconds, 60);
        idleWarningSeconds = positive("idleWarningSeconds", idleWarningSeconds, 15);
        acceptTestCards = acceptTestCards != null && acceptTestCards;
        mode = KioskMode.of(mode == null ? KioskMode.DEMO.id() : mode).id();
        language = language == null ? KioskLanguage.defaultLanguage().tag() : language;
        if (KioskLanguage.forTag(language).isEmpty()) {
            throw new IllegalArgumentException("language: unknown language tag '" + language + "'");
        }
        if (municipality != null) {
            municipality = MunicipalityCode.parse(municipality).value();
        }
        if (staffPinHash != null) {
            StaffPinHash.parse(staffPinHash);
        }
    }

    /**
     * The file's configuration, or {@link #DEFAULTS} when no file is given.
     *
     * @throws ConfigProblem as {@code file:line:column: message} when the file is not a valid configuration
     */
    public static KioskConfig load(Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return DEFAULTS;
        }
        KioskConfig config = ConfigFile.read(file.get());
        return (config == null ? DEFAULTS : config).withKeyBeside(file.get());
    }

    public KioskMode kioskMode() {
        return KioskMode.of(mode);
    }

    /** The rules signers' certificates: set, the kiosk loads only signed rule bundles (required in production). */
    public Optional<Path> rulesSignersDirectory() {
        return Optional.ofNullable(rulesSigners);
    }

    /** The municipality's resident registry over HTTPS with mutual TLS; outside the demo, required in production. */
    public Optional<RegistryEndpoint> registryEndpoint() {
        return Optional.ofNullable(registry);
    }

    /** The payment device's socket; outside the demo, required in production. */
    public Optional<PaymentEndpoint> paymentEndpoint() {
        return Optional.ofNullable(payment);
    }

    /** What the call-staff key does; empty: there is no key. */
    public Optional<StaffCallSettings> staffCall() {
        return Optional.ofNullable(callStaff);
    }

    /** The same configuration with {@code callStaff} set (tests and the soak build their configuration in code). */
    public KioskConfig withStaffCall(StaffCallSettings settings) {
        return new KioskConfig(municipality, staffPinHash, idleAfterSeconds, idleWarningSeconds, rulesDirectory,
                trustDirectory, acceptTestCards, printer, language, journalKey, journal, spool, mode, reader,
                rulesSigners, registry, payment, settings);
    }

    /** The PC/SC reader named in the configuration. */
    public Optional<String> readerName() {
        return Optional.ofNullable(reader).filter(name -> !name.isBlank());
    }

    public Optional<StaffPinHash> staffPin() {
        return Optional.ofNullable(staffPinHash).map(StaffPinHash::parse);
    }

    public Duration idleAfter() {
        return Duration.ofSeconds(idleAfterSeconds);
    }

    public Duration idleWarning() {
        return Duration.ofSeconds(idleWarningSeconds);
    }

    public KioskLanguage kioskLanguage() {
        return KioskLanguage.forTag(language).orElseThrow();
    }

    /**
     * {@code journalKey}, else {@code journal.key} beside the configuration file (a configured kiosk's key lives
     * with its configuration, apart from the journal); without a configuration file (the demo), beside the journal.
     */
    public Path journalKeyFile() {
        return journalKey != null ? journalKey : journalFile().toAbsolutePath().resolveSibling("journal.key");
    }

    private KioskConfig withKeyBeside(Path configFile) {
        Path key = journalKey != null ? journalKey : configFile.toAbsolutePath().resolveSibling("journal.key");
        return new KioskConfig(municipality, staffPinHash, idleAfterSeconds, idleWarningSeconds, rulesDirectory,
                trustDirectory, acceptTestCards, printer, language, key, journal, spool, mode, reader, rulesSigners,
                registry, payment, callStaff);
    }

    /** The same configuration with the command line's overrides. */
    public KioskConfig with(Path rules, String languageTag) {
        return new KioskConfig(municipality, staffPinHash, idleAfterSeconds, idleWarningSeconds,
                rules == null ? rulesDirectory : rules, trustDirectory, acceptTestCards, printer,
                languageTag == null ? language : languageTag, journalKey, journal, spool, mode, reader,
                rulesSigners, registry, payment, callStaff);
    }

    /** The CUPS queue for certificates; empty means the embedded spool printer with on-screen previews. */
    public Optional<String> printerQueue() {
        return Optional.ofNullable(printer).filter(queue -> !queue.isBlank());
    }

    /** {@code journal}, else {@code journal.db} in the data directory. */
    public Path journalFile() {
        return journal != null ? journal : dataDirectory().resolve("journal.db");
    }

    /** {@code spool}, else {@code spool/} in the data directory. */
    public Path spoolDirectory() {
        return spool != null ? spool : dataDirectory().resolve("spool");
    }

    /** The XDG data directory: {@code $XDG_DATA_HOME/madoguchi}, else {@code ~/.local/share/madoguchi}. */
    static Path dataDirectory() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("madoguchi");
    }

    /** Without the staff PIN hash: safe for logs. */
    @Override
    public String toString() {
        return "KioskConfig[mode " + mode + ", municipality " + municipality + ", idle " + idleAfterSeconds + "+" + idleWarningSeconds
                + " s, rules " + (rulesDirectory == null ? "bundled samples" : rulesDirectory) + ", printer "
                + printer + ", journal " + journalFile() + ", language " + language + ", staff PIN "
                + (staffPinHash == null ? "not set" : "set") + ", reader " + (reader == null ? "any" : reader) + ", registry "
                + (registry == null ? "sample" : registry.url()) + ", payment "
                + (payment == null ? "demonstration" : payment.socket()) + ", call staff "
                + (callStaff == null ? "none" : (callStaff.notice() ? "notice" : "") + (callStaff.command().isEmpty()
                        ? "" : (callStaff.notice() ? " + " : "") + "command")) + "]";
    }

    private static Integer positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }
}
