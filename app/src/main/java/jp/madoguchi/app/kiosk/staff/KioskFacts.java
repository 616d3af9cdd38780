package jp.madoguchi.app.kiosk.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.ui.staff.KioskFact;

/**
 * What the staff screen lists of the configuration: one line per setting a clerk or technician asks about, each in
 * words or as written (a queue, a path, an address). Never the staff PIN hash or a key.
 */
public final class KioskFacts {
    private KioskFacts() {}

    /** {@code reader}: the reader the kiosk's visits use, which a command-line option may have chosen. */
    public static List<KioskFact> of(KioskConfig config, String reader) {
        List<KioskFact> facts = new ArrayList<>();
        facts.add(KioskFact.word("staff.fact.mode", "staff.mode." + config.kioskMode().id()));
        facts.add(written("staff.fact.municipality", Optional.ofNullable(config.municipality()), "staff.value.notSet"));
        facts.add(written("staff.fact.rules", Optional.ofNullable(config.rulesDirectory()).map(Object::toString),
                "staff.value.sampleRules"));
        facts.add(written("staff.fact.printer", config.printerQueue(), "staff.value.spool"));
        facts.add(KioskFact.asWritten("staff.fact.reader", reader));
        facts.add(written("staff.fact.registry", config.registryEndpoint().map(e -> e.url().toString()),
                "staff.value.sampleRegistry"));
        facts.add(written("staff.fact.payment", config.paymentEndpoint().map(e -> e.socket().toString()),
                "staff.value.demoCash"));
        facts.add(KioskFact.word("staff.fact.idle", "staff.value.idle", config.idleAfter().toSeconds(),
                config.idleWarning().toSeconds()));
        facts.add(KioskFact.asWritten("staff.fact.language", config.kioskLanguage().endonym()));
        facts.add(KioskFact.word("staff.fact.callStaff", callStaff(config)));
        facts.add(KioskFact.asWritten("staff.fact.journal", config.journalFile().toAbsolutePath().toString()));
        return List.copyOf(facts);
    }

    private static KioskFact written(String label, Optional<String> value, String otherwise) {
        return value.map(v -> KioskFact.asWritten(label, v)).orElseGet(() -> KioskFact.word(label, otherwise));
    }

    private static String callStaff(KioskConfig config) {
        return config.staffCall().map(call -> call.command().isEmpty() ? "staff.value.callNotice"
                : call.notice() ? "staff.value.callBoth" : "staff.value.callSignal").orElse("staff.value.callOff");
    }
}
