package jp.madoguchi.app.kiosk.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.ui.kiosk.PrintPreviews;

/**
 * The page images the spool printer made in the current visit, for the screen. Cleared when the visit ends, before
 * its spool directory is deleted. A CUPS printer makes none, so nothing is shown then.
 */
public final class PagePreviews implements PrintPreviews {
    private final List<Consumer<List<Path>>> listeners = new CopyOnWriteArrayList<>();
    private VisitId visit;
    private List<Path> pages = List.of();

    @Override
    public void subscribe(Consumer<List<Path>> listener) {
        listeners.add(listener);
        listener.accept(current());
    }

    synchronized void printed(VisitId printedFor, List<Path> previews) {
        List<Path> all = new ArrayList<>(printedFor.equals(visit) ? pages : List.of());
        all.addAll(previews);
        visit = printedFor;
        publish(List.copyOf(all));
    }

    synchronized void ended(VisitId ended) {
        if (ended.equals(visit)) {
            visit = null;
            publish(List.of());
        }
    }

    private synchronized List<Path> current() {
        return pages;
    }

    private void publish(List<Path> next) {
        pages = next;
        listeners.forEach(listener -> listener.accept(next));
    }
}
