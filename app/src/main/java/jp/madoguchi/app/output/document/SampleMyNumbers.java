package jp.madoguchi.app.output.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import jp.madoguchi.issuance.registry.Resident;

/**
 * Stand-in for the municipality's server with the sample registry: a fixed, fictional 12-digit number per sample
 * resident, with the check digit of 番号法施行令 第8条 so that it has the real format.
 */
public final class SampleMyNumbers implements MyNumberSource {
    @Override
    public String myNumber(Resident subject) {
        byte[] digest = sha256("sample-my-number:" + subject.id());
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < 11; i++) {
            digits.append(Math.floorMod(digest[i], 10));
        }
        return digits.append(checkDigit(digits.toString())).toString();
    }

    /** 検査用数字: weights 2..7 then 2..6 from the rightmost of the 11 digits; remainder 0 or 1 gives 0. */
    static int checkDigit(String elevenDigits) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = elevenDigits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
