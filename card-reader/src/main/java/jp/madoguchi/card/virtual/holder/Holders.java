package jp.madoguchi.card.virtual.holder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import jp.madoguchi.card.cert.Sex;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CertificatePlan;

/**
 * The fixture holders. Ids and resident ids are stable: other modules (issuance registry, UI scripts, staff
 * training sheets) refer to them. All people and addresses are fictional (見本 = sample, 試験 = test, in a
 * 見本町/試験町 that does not exist). Unless noted, PINs are auth 1234, 券面事項入力補助 1234, signature
 * ABC123, with every counter full and certificates from the current CA generation. Test 個人番号 are
 * {@code 00009999nnnn} (nnnn = the resident id's last digits): no real number starts with 0000.
 *
 * <table>
 *   <caption>Holders</caption>
 *   <tr><th>id</th><th>resident id</th><th>what is special</th></tr>
 *   <tr><td>default</td><td>JPKITEST000000000001</td><td>山田 太郎, adult, valid certificates</td></tr>
 *   <tr><td>hanako</td><td>JPKITEST000000000002</td><td>山田 花子, same household; PINs 5678/5678/HANAKO56</td></tr>
 *   <tr><td>minor</td><td>JPKITEST000000000003</td><td>山田 一郎, born 2019, no signature certificate or
 *       password</td></tr>
 *   <tr><td>expired</td><td>JPKITEST000000000004</td><td>auth and sign certificates expired 30 days ago</td></tr>
 *   <tr><td>renewal</td><td>JPKITEST000000000005</td><td>certificates expire in 60 days (renewal window)</td></tr>
 *   <tr><td>locked</td><td>JPKITEST000000000006</td><td>auth PIN blocked (0 tries)</td></tr>
 *   <tr><td>last-try</td><td>JPKITEST000000000007</td><td>auth PIN has 1 try left</td></tr>
 *   <tr><td>older-ca</td><td>JPKITEST000000000008</td><td>issued under the older CA generation G2020</td></tr>
 *   <tr><td>foreign</td><td>JPKITEST000000000009</td><td>foreign resident, name in Latin letters</td></tr>
 *   <tr><td>juki</td><td>JPKITEST000000000010</td><td>住基カード (token JPKIAPICCTOKEN): not a My Number card</td></tr>
 *   <tr><td>smartphone</td><td>JPKITEST000000000011</td><td>Android スマホ用電子証明書 (JPKIAPGPSETOKEN)</td></tr>
 * </table>
 */
public final class Holders {
    private static final String YAMADA_HOME = "東京都千代田区見本町１丁目２番３号";
    private static final HolderPins STANDARD_PINS = HolderPins.of("1234", "1234", "ABC123");

    private static final List<Holder> ALL = List.of(
            holder("default", 1, new Person("山田\u3000太郎", "ヤマダ\u3000タロウ", LocalDate.of(1980, 4, 1),
                    Sex.MALE, YAMADA_HOME)),
            holder("hanako", 2, new Person("山田\u3000花子", "ヤマダ\u3000ハナコ", LocalDate.of(1983, 9, 15),
                    Sex.FEMALE, YAMADA_HOME), HolderPins.of("5678", "5678", "HANAKO56")),
            holder("minor", 3, new Person("山田\u3000一郎", "ヤマダ\u3000イチロウ", LocalDate.of(2019, 8, 20),
                    Sex.MALE, YAMADA_HOME), HolderPins.of("1234", "1234", null))
                    .withCertificates(CertificatePlan.valid().withoutSignCertificate()),
            holder("expired", 4, new Person("見本\u3000次郎", "ミホン\u3000ジロウ", LocalDate.of(1950, 2, 11),
                    Sex.MALE, "東京都千代田区試験町４丁目５番６号"))
                    .withCertificates(CertificatePlan.expired()),
            holder("renewal", 5, new Person("試験\u3000良子", "シケン\u3000ヨシコ", LocalDate.of(1975, 12, 24),
                    Sex.FEMALE, "東京都千代田区見本町２丁目１０番１号"))
                    .withCertificates(CertificatePlan.renewalDue()),
            holder("locked", 6, new Person("試験\u3000三郎", "シケン\u3000サブロウ", LocalDate.of(1962, 5, 5),
                    Sex.MALE, "東京都千代田区試験町１丁目１番１号"))
                    .withInitialTries(PinKind.AUTH, 0),
            holder("last-try", 7, new Person("見本\u3000春子", "ミホン\u3000ハルコ", LocalDate.of(1990, 3, 3),
                    Sex.FEMALE, "東京都千代田区見本町３丁目７番８号"))
                    .withInitialTries(PinKind.AUTH, 1),
            holder("older-ca", 8, new Person("試験\u3000一郎", "シケン\u3000イチロウ", LocalDate.of(1968, 7, 7),
                    Sex.MALE, "東京都千代田区試験町２丁目３番４号"))
                    .withCaGeneration(CaGeneration.G2020)
                    .withCertificates(new CertificatePlan(-4 * 365, 300, true)),
            holder("foreign", 9, new Person("SAMPLE JOHN", null, LocalDate.of(1991, 7, 4),
                    Sex.MALE, "東京都千代田区見本町３丁目３番３号見本ハイツ１０１号室")),
            holder("juki", 10, new Person("見本\u3000五郎", "ミホン\u3000ゴロウ", LocalDate.of(1945, 10, 10),
                    Sex.MALE, "東京都千代田区試験町５丁目５番５号"))
                    .withVariant(CardVariant.JUKI_CARD),
            holder("smartphone", 11, new Person("試験\u3000夏美", "シケン\u3000ナツミ", LocalDate.of(1998, 8, 1),
                    Sex.FEMALE, "東京都千代田区見本町４丁目１番２号"))
                    .withVariant(CardVariant.SMARTPHONE_ANDROID));

    private Holders() {}

    public static List<Holder> all() {
        return ALL;
    }

    /** @throws NoSuchElementException for an unknown id, naming the known ones */
    public static Holder byId(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("No fixture holder '" + id + "'; known: "
                + ALL.stream().map(Holder::id).toList()));
    }

    public static Optional<Holder> find(String id) {
        return ALL.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** 山田 太郎: the holder the demo kiosk and most tests use. */
    public static Holder defaultHolder() {
        return ALL.get(0);
    }

    private static Holder holder(String id, int number, Person person) {
        return holder(id, number, person, STANDARD_PINS);
    }

    private static Holder holder(String id, int number, Person person, HolderPins pins) {
        String digits = String.format("%012d", number);
        return new Holder(id, "JPKITEST" + digits, person, pins, Map.of(), CaGeneration.current(),
                CertificatePlan.valid(), CardVariant.MY_NUMBER_CARD, "00009999" + digits.substring(8));
    }
}
