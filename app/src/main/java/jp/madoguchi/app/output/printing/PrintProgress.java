package jp.madoguchi.app.output.printing;

/** Receives every stage a job goes through, on the printing thread; must return quickly. */
@FunctionalInterface
public interface PrintProgress {
    PrintProgress IGNORE = status -> { };

    void update(PrintStatus status);
}
