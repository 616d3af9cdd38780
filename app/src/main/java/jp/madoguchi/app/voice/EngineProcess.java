package jp.madoguchi.app.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an engine once: the text on its standard input, the WAV from its standard output. No shell is involved, so
 * nothing in the text is ever interpreted; standard error is read alongside, so a chatty engine cannot block on a
 * full pipe. An engine that takes longer than {@link #TIMEOUT_SECONDS} is killed.
 */
final class EngineProcess {
    static final int TIMEOUT_SECONDS = 20;
    /** A prompt is a few seconds of 48 kHz mono; anything near this is not a prompt. */
    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private EngineProcess() {}

    static byte[] run(String engine, List<String> command, String text) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new SpeechFailed(engine + " could not be started: " + e.getMessage());
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw new SpeechFailed(engine + " did not take the text: " + e.getMessage());
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SpeechFailed(engine + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            byte[] wav = out.get(5, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                String says = new String(err.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
                throw new SpeechFailed(engine + " exited with " + process.exitValue()
                        + (says.isEmpty() ? "" : ": " + says.lines().findFirst().orElse("")));
            }
            return Wav.check(engine, wav);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SpeechFailed(engine + " was interrupted");
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new SpeechFailed(engine + "'s output could not be read: " + e);
        }
    }

    private static byte[] read(InputStream stream) {
        try (stream) {
            byte[] bytes = stream.readNBytes(MAX_BYTES);
            stream.transferTo(OutputStream.nullOutputStream());
            return bytes;
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
