package jp.madoguchi.app.output.journal;

/** The result of checking the journal's hash chain from the first record to the last. */
public sealed interface ChainVerdict {
    boolean intact();

    /** Every record links to its predecessor and carries the hash of its own content. */
    record Intact(long records, String head) implements ChainVerdict {
        @Override
        public boolean intact() {
            return true;
        }
    }

    /** The first record that does not fit the chain, and why (edited, removed before it, reordered, unreadable). */
    record Broken(long seq, String problem) implements ChainVerdict {
        @Override
        public boolean intact() {
            return false;
        }
    }
}
