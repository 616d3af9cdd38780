package jp.madoguchi.issuance.visit.port;

import java.util.function.Consumer;

/** Prints a visit's documents. {@link #submit} returns at once; progress and the end arrive as events. */
public interface PrintPort {
    /** Set once, before the first job. Called from any thread. */
    void subscribe(Consumer<PrintEvent> listener);

    void submit(PrintJob job);
}
