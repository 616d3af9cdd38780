package jp.madoguchi.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.kiosk.status.StatusFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code status}: what a fleet's monitoring polls. Reads the status the running kiosk last published beside its
 * journal, adds the machine's clock synchronisation and free disk, and exits 0 in service, 1 degraded (in service but
 * the clock is not synchronised, or a rules warning such as an invalid stray copy of a rule file) or 2 out of
 * service or not running (no status, or none for 30 s).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The running kiosk's state for monitoring. Exit 0 in service, 1 degraded, 2 out of service"
                + " or not running.")
public final class StatusCommand implements Callable<Integer> {
    static final Duration STALE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<KioskConfig> loaded = config.loadOrReport(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 2;
        }
        KioskConfig settings = loaded.get();
        StatusFile file = StatusFile.beside(settings.journalFile());
        Optional<KioskStatus> published = file.read();
        Instant now = Instant.now();
        Optional<Long> age = published.map(s -> Duration.between(Instant.parse(s.updatedAt()), now).toSeconds());
        String state = published.isEmpty() || age.get() > STALE.toSeconds() ? "not-running" : published.get().state();
        Boolean clock = clockSynchronized();
        boolean rulesWarned = published.map(s -> s.rules() != null && !s.rules().warnings().isEmpty()).orElse(false);
        int exit = !state.equals(KioskStatus.IN_SERVICE) ? 2 : Boolean.FALSE.equals(clock) || rulesWarned ? 1 : 0;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JSON.createObjectNode().put("state", state).put("exit", exit)
                    .put("checkedAt", now.toString()).put("statusFile", file.path().toString());
            age.ifPresentOrElse(a -> root.put("ageSeconds", a), () -> root.putNull("ageSeconds"));
            root.putPOJO("clockSynchronized", clock).put("diskFreeBytes", diskFree(file.path().getParent()));
            root.set("kiosk", published.<JsonNode>map(JSON::valueToTree)
                    .orElse(JSON.nullNode()));
            out.println(JSON.writeValueAsString(root));
        } else {
            out.println(state + (age.map(a -> " (status " + a + " s old)").orElse(" (no status at " + file.path()
                    + ")")));
            published.ifPresent(s -> s.failedChecks().forEach(c -> out.println("  FAIL " + c.check() + ": "
                    + c.detail())));
            published.ifPresent(s -> {
                out.println("  registry: " + backend(s.registry()));
                out.println("  payment: " + backend(s.payment()));
                rules(out, s.rules());
            });
            out.println("  clock synchronised: " + (clock == null ? "unknown" : clock ? "yes" : "no"));
        }
        out.flush();
        return exit;
    }

    /** Where the rules come from, what is wrong with them, and which file serves a municipality named twice. */
    private static void rules(PrintWriter out, KioskStatus.Rules rules) {
        if (rules == null) {
            return;
        }
        out.println("  rules: " + rules.municipalities() + " municipalities from " + rules.directory()
                + (rules.bundle() == null ? "" : " (bundle " + rules.bundle() + ")")
                + (rules.problem() == null ? "" : ": " + rules.problem()));
        rules.warnings().forEach(line -> out.println("    " + line));
        rules.duplicates().forEach(d -> out.println("    municipality " + d.municipality() + ": "
                + (d.served() == null ? "served by no file" : "served by " + d.served()) + "; not used: "
                + String.join(", ", d.notUsed())));
    }

    private static String backend(KioskStatus.Backend backend) {
        return backend == null ? "unknown" : backend.endpoint() + (backend.problem() == null ? " (answers)"
                : " (" + backend.problem() + ")");
    }

    /** systemd's view of NTP, or null where timedatectl is not available. */
    static Boolean clockSynchronized() {
        try {
            Process p = new ProcessBuilder("timedatectl", "show", "-p", "NTPSynchronized", "--value")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return answer.equals("yes") ? Boolean.TRUE : answer.equals("no") ? Boolean.FALSE : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long diskFree(Path directory) {
        Path at = directory;
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        try {
            return at == null ? -1 : Files.getFileStore(at).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
