package jp.madoguchi.app.kiosk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.madoguchi.app.doctor.Doctor;
import jp.madoguchi.app.doctor.DoctorText;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.ui.staff.RecentVisits;
import jp.madoguchi.ui.staff.StaffConsole;

/** The staff screen's questions answered by the running kiosk: readers, the doctor, recent visits, rules. */
final class KioskStaffConsole implements StaffConsole {
    private final CardSource cards;
    private final KioskRules rules;
    private final RecentVisits recent;
    private final ChainVerifier chain;
    private final Clock clock;
    private final KioskConfig config;
    private final Runnable exit;

    KioskStaffConsole(CardSource cards, KioskRules rules, RecentVisits recent, ChainVerifier chain, Clock clock,
            KioskConfig config, Runnable exit) {
        this.cards = cards;
        this.rules = rules;
        this.recent = recent;
        this.chain = chain;
        this.clock = clock;
        this.config = config;
        this.exit = exit;
    }

    @Override
    public PcscStatus readers() {
        return cards.readers().status();
    }

    /** Runs on the common pool; the doctor's card reads go through the reader's owner thread as always. */
    @Override
    public CompletableFuture<List<String>> examine() {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
                DoctorText.print(new Doctor(cards.readers(), chain, clock).examine(),
                        cards.readers().sourceDescription(), out);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
            return List.of(text.toString(StandardCharsets.UTF_8).split("\\R"));
        });
    }

    @Override
    public List<RecentVisits.Outcome> recentVisits() {
        return recent.latest();
    }

    @Override
    public CompletableFuture<RulesCheck> reloadRules() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return rules.reload();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    @Override
    public List<String> kioskFacts() {
        return List.of(config.toString());
    }

    @Override
    public void exitKiosk() {
        exit.run();
    }
}
