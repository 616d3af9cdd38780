package jp.madoguchi.app.output.journal;

/** One journal row exactly as stored: the chain is checked on these strings, never on re-serialized events. */
record StoredRecord(long seq, String visit, String at, String type, String body, String prevHash, String hash) {
    /** The hash this row should carry given its content and {@code prevHash}. */
    String expectedHash() {
        return RecordHash.of(prevHash, seq, visit, at, type, body);
    }
}
