package jp.madoguchi.ui.kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Page images of what the embedded spool printer "printed" in the current visit, for a kiosk without a real
 * printer. The app implements it; the files are deleted when the visit ends, after an empty list is sent.
 */
public interface PrintPreviews {
    /** {@code listener} hears the visit's page images so far on every change, from any thread. */
    void subscribe(Consumer<List<Path>> listener);
}
