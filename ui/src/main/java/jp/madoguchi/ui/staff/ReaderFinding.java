package jp.madoguchi.ui.staff;

import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.card.jpki.CardType;

/**
 * What a test read found on one reader, for the staff screen to put in plain words: no card, a My Number card and
 * its {@link CardFindings}, another kind of card ({@code type}), or a card that could not be read. {@code detail} is
 * the doctor's technical note (why a card could not be read), empty otherwise.
 */
public record ReaderFinding(String reader, Kind kind, Optional<CardType> type, Optional<CardFindings> card,
        String detail) {
    public enum Kind { NO_CARD, MY_NUMBER_CARD, OTHER_CARD, UNREADABLE }

    public ReaderFinding {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static ReaderFinding noCard(String reader) {
        return new ReaderFinding(reader, Kind.NO_CARD, Optional.empty(), Optional.empty(), "");
    }

    public static ReaderFinding myNumberCard(String reader, CardFindings card) {
        return new ReaderFinding(reader, Kind.MY_NUMBER_CARD, Optional.of(CardType.MY_NUMBER_CARD), Optional.of(card),
                "");
    }

    public static ReaderFinding otherCard(String reader, CardType type, String detail) {
        return new ReaderFinding(reader, Kind.OTHER_CARD, Optional.of(type), Optional.empty(), detail);
    }

    public static ReaderFinding unreadable(String reader, String detail) {
        return new ReaderFinding(reader, Kind.UNREADABLE, Optional.empty(), Optional.empty(), detail);
    }
}
