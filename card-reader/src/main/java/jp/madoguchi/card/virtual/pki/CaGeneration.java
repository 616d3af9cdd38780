package jp.madoguchi.card.virtual.pki;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * CA key generations. Like the real 2015/2019/2023 CAs, every generation of a hierarchy has the same DN and
 * only the key (and so the key identifier) differs: a verifier has to pick the issuer by AKI/SKI or by
 * signature, never by name alone.
 */
public enum CaGeneration {
    /** The older generation; still valid, still used by holders issued before 2024. */
    G2020(LocalDate.of(2020, 1, 1), LocalDate.of(2045, 12, 31), BigInteger.ONE),
    /** The current generation: new certificates are issued under it. */
    G2024(LocalDate.of(2024, 1, 1), LocalDate.of(2045, 12, 31), BigInteger.valueOf(0x0240_0001L));

    private final LocalDate notBefore;
    private final LocalDate notAfter;
    private final BigInteger serial;

    CaGeneration(LocalDate notBefore, LocalDate notAfter, BigInteger serial) {
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.serial = serial;
    }

    public static CaGeneration current() {
        return G2024;
    }

    public LocalDate notBefore() {
        return notBefore;
    }

    public LocalDate notAfter() {
        return notAfter;
    }

    BigInteger serial() {
        return serial;
    }

    /** Tag used in resource file names ("g2020"). */
    public String fileTag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
