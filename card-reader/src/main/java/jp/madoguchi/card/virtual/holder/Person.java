package jp.madoguchi.card.virtual.holder;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.card.cert.Sex;

/**
 * 基本4情報 of a fictional resident, as printed on the card and carried by the signature certificate and the
 * 券面事項入力補助 AP. Japanese names separate family and given name with U+3000; addresses use full-width
 * block numbers, as the card does.
 *
 * @param kana reading in katakana, or null when not recorded (it is not on the card's chip)
 */
public record Person(String name, String kana, LocalDate birthDate, Sex sex, String address) {
    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
    }

    public Optional<String> kanaIfRecorded() {
        return Optional.ofNullable(kana);
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
