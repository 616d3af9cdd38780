package jp.madoguchi.app.output.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import jp.madoguchi.app.output.document.CertificateContent.Field;
import jp.madoguchi.issuance.registry.Resident;

/**
 * Tax figures for the sample registry, which has no 課税台帳: fixed per person and 年度, clearly marked 見本. A real
 * deployment prints what the municipality's certificate server returns.
 */
final class TaxSample {
    private TaxSample() {}

    static List<Field> fields(Resident person, int year, boolean payment) {
        int income = 2_000_000 + thousands(person.id() + year) * 1_000;
        int perCapita = 5_000;
        int incomeLevy = income / 10;
        List<Field> fields = List.of(
                new Field("年度", "令和" + (year - 2018) + "年度"),
                new Field("総所得金額（見本）", Yen.of(income)),
                new Field("所得割額（見本）", Yen.of(incomeLevy)),
                new Field("均等割額（見本）", Yen.of(perCapita)));
        if (!payment) {
            return fields;
        }
        return List.of(fields.get(0), new Field("税目", "市町村民税・県民税（個人）"),
                new Field("納付済額（見本）", Yen.of(incomeLevy + perCapita)), new Field("未納額", Yen.of(0)));
    }

    private static int thousands(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0xff) << 8 | (digest[1] & 0xff)) % 4000;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
