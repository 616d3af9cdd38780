package jp.madoguchi.app.testsupport.cups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the CUPS command-line tools for the harness. */
final class Commands {
    record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    private Commands() {}

    static Result run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 30 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    /** Runs and fails loudly: harness steps that must work. */
    static String require(String... command) throws IOException {
        Result result = run(command);
        if (!result.ok()) {
            throw new IOException(String.join(" ", command) + " failed (" + result.exit() + "): " + result.output());
        }
        return result.output();
    }

    static Optional<Path> which(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin";
        return Stream.of(path.split(":")).map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    static List<String> missing(List<String> programs) {
        return programs.stream().filter(p -> which(p).isEmpty()).toList();
    }
}
