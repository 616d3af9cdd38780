package jp.madoguchi.card.pcsc;

/**
 * What the kiosk knows about one reader at one moment. Immutable; the UI binds to these, never to a
 * CardTerminal. {@code atr} is upper-case hex, null while no card is present or before it was read.
 */
public record ReaderSnapshot(String name, boolean cardPresent, String atr) {
    public static ReaderSnapshot empty(String name) {
        return new ReaderSnapshot(name, false, null);
    }
}
