package jp.madoguchi.app.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.madoguchi.issuance.rules.load.RuleSources;

/**
 * Mutates the bundled sample rule files and a full kiosk configuration and runs each case through its real reading
 * path on a worker thread, with a time limit per case. Deterministic for a seed: case N of a seed is always the same
 * file, and the first crashes are kept under {@code crashes/} of the work directory to be read again.
 */
public final class BadFileFuzz {
    private static final int EXAMPLES = 5;
    private static final Mutation[] MUTATIONS = Mutation.values();

    private final List<byte[]> ruleSeeds;
    private final byte[] configSeed;
    private final Path work;
    private final Duration limit;
    private ExecutorService worker = newWorker();

    public BadFileFuzz(Path work, Duration limit) throws IOException {
        this.work = work;
        this.limit = limit;
        this.ruleSeeds = RuleSources.bundledSamples().stream()
                .map(source -> source.text().getBytes(StandardCharsets.UTF_8)).toList();
        try (InputStream in = BadFileFuzz.class.getResourceAsStream("kiosk.yaml")) {
            this.configSeed = in.readAllBytes();
        }
    }

    public FuzzFigures run(int runs, long seed) throws IOException, InterruptedException {
        FileTarget rules = new FileTarget.RuleFile(Files.createDirectories(work.resolve("rules")));
        FileTarget config = new FileTarget.Configuration(Files.createDirectories(work.resolve("config")));
        Random cases = new Random(seed);
        int[] counts = new int[Verdict.Kind.values().length];
        int ruleFiles = 0;
        List<String> examples = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int n = 0; n < runs; n++) {
                Random random = new Random(cases.nextLong());
                boolean ruleFile = random.nextInt(5) != 0;
                ruleFiles += ruleFile ? 1 : 0;
                byte[] file = ruleFile ? ruleSeeds.get(random.nextInt(ruleSeeds.size())) : configSeed;
                List<Mutation> applied = new ArrayList<>();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    Mutation mutation = MUTATIONS[random.nextInt(MUTATIONS.length)];
                    applied.add(mutation);
                    file = mutation.apply(file, random);
                }
                FileTarget target = ruleFile ? rules : config;
                Files.write(target.file(), file);
                Verdict verdict = check(target);
                counts[verdict.kind().ordinal()]++;
                if (!verdict.detail().isEmpty() && examples.size() < EXAMPLES) {
                    examples.add(keep(n, target, applied, verdict));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new FuzzFigures(seed, runs, ruleFiles, counts[Verdict.Kind.ACCEPTED.ordinal()],
                counts[Verdict.Kind.REPORTED.ordinal()], counts[Verdict.Kind.CRASH.ordinal()],
                counts[Verdict.Kind.HANG.ordinal()], Duration.ofNanos(System.nanoTime() - start), limit, examples);
    }

    /** On the worker, so an endless case is a hang with a time, not a fuzzer that never ends. */
    private Verdict check(FileTarget target) throws InterruptedException {
        Future<Verdict> result = worker.submit(() -> {
            try {
                return target.check();
            } catch (Throwable thrown) { // StackOverflowError and OutOfMemoryError included: each is a crash
                return Verdict.crash(thrown);
            }
        });
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.shutdownNow(); // the stuck thread is a daemon; the next case gets a fresh one
            worker = newWorker();
            return new Verdict(Verdict.Kind.HANG, "over " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Verdict.crash(e.getCause());
        }
    }

    private String keep(int n, FileTarget target, List<Mutation> applied, Verdict verdict) throws IOException {
        Path kept = Files.createDirectories(work.resolve("crashes")).resolve("case-" + n + "-"
                + target.file().getFileName());
        Files.copy(target.file(), kept, StandardCopyOption.REPLACE_EXISTING);
        return verdict.kind() + " case " + n + " " + applied + " (" + kept + "): " + verdict.detail();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }
}
