package jp.madoguchi.ui.staff;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Brings a future's outcome to the FX thread: at once when it completes there (an answer already at hand, as in the
 * gallery), else through {@link Platform#runLater}.
 */
final class OnFx {
    private OnFx() {}

    static <T> void when(CompletableFuture<T> future, Consumer<T> done, Consumer<Throwable> failed) {
        future.whenComplete((value, error) -> run(() -> {
            if (error == null) {
                done.accept(value);
            } else {
                failed.accept(unwrap(error));
            }
        }));
    }

    static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** A failure's own message, without the CompletionException around it. */
    static String why(Throwable error) {
        Throwable cause = unwrap(error);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
