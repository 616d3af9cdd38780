package jp.madoguchi.card.pcsc;

import java.util.List;
import jp.madoguchi.card.fault.CardFault;

/**
 * The whole PC/SC picture: the readers, or the fault that stops us from seeing them (service down).
 * An empty reader list with no fault means PC/SC works and nothing is plugged in.
 */
public record PcscStatus(List<ReaderSnapshot> readers, CardFault fault) {
    public PcscStatus {
        readers = List.copyOf(readers);
    }

    public static PcscStatus starting() {
        return new PcscStatus(List.of(), new CardFault.ServiceDown("not checked yet"));
    }

    public boolean serviceUp() {
        return !(fault instanceof CardFault.ServiceDown);
    }

    public PcscStatus withReader(ReaderSnapshot snapshot) {
        return new PcscStatus(readers.stream().map(r -> r.name().equals(snapshot.name()) ? snapshot : r).toList(),
                fault);
    }
}
