package jp.madoguchi.card.virtual.holder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import jp.madoguchi.card.virtual.pki.CertificateAuthority;
import jp.madoguchi.card.virtual.pki.Pem;
import jp.madoguchi.card.virtual.pki.Validity;

/**
 * The TEST ONLY JPKI PKI: both CA hierarchies in every {@link CaGeneration}, loaded from committed PEM files,
 * and the holders' committed key pairs. End-entity certificates are issued on demand for a clock's JST day:
 * the same day gives byte-identical certificates in every process, so the virtual card and a separate
 * verifier agree without sharing anything but these resources.
 */
public final class TestPki {
    private final PemSource source;
    private final Map<CaSlot, CertificateAuthority> authorities;
    private final Map<String, KeyPair> holderKeys = new ConcurrentHashMap<>();

    private TestPki(PemSource source) {
        this.source = source;
        Map<CaSlot, CertificateAuthority> loaded = new LinkedHashMap<>();
        for (CaHierarchy hierarchy : CaHierarchy.values()) {
            for (CaGeneration generation : CaGeneration.values()) {
                loaded.put(new CaSlot(hierarchy, generation), new CertificateAuthority(
                        parse(TestPkiFiles.caCertificate(hierarchy, generation), Pem::certificate),
                        parse(TestPkiFiles.caKey(hierarchy, generation), Pem::rsaKeyPair).getPrivate()));
            }
        }
        this.authorities = Collections.unmodifiableMap(loaded);
    }

    /** The committed resources; loaded once and shared, as they never change at run time. */
    public static TestPki standard() {
        return Standard.INSTANCE;
    }

    /** A PKI written by {@link TestPkiGenerator#generate} into {@code directory}. */
    public static TestPki fromDirectory(Path directory) {
        return new TestPki(name -> Files.readString(directory.resolve(name), StandardCharsets.US_ASCII));
    }

    /** Every CA certificate: both hierarchies, all generations. */
    public List<X509Certificate> trustAnchors() {
        return authorities.values().stream().map(CertificateAuthority::certificate).toList();
    }

    public X509Certificate caCertificate(CaHierarchy hierarchy, CaGeneration generation) {
        return authority(hierarchy, generation).certificate();
    }

    /** Issues the holder's certificates for the clock's day in Japan, under the holder's CA generation. */
    public HolderCredentials issue(Holder holder, Clock clock) {
        LocalDate day = issuingDay(clock);
        CertificateAuthority authCa = authority(CaHierarchy.AUTHENTICATION, holder.caGeneration());
        CertificateAuthority signCa = authority(CaHierarchy.SIGNATURE, holder.caGeneration());
        KeyPair auth = holderKeyPair(holder.id(), CaHierarchy.AUTHENTICATION);
        KeyPair sign = holderKeyPair(holder.id(), CaHierarchy.SIGNATURE);
        X509Certificate signCertificate = holder.hasSignCertificate()
                ? HolderCertificates.sign(signCa, holder, sign.getPublic(), day)
                : null;
        return new HolderCredentials(HolderCertificates.auth(authCa, holder, auth.getPublic(), day),
                auth.getPrivate(), signCertificate, sign.getPrivate(), authCa.certificate(), signCa.certificate());
    }

    /** A CRL from one CA revoking {@code serials}, for tests of verifiers that check revocation. */
    public X509CRL crl(CaHierarchy hierarchy, CaGeneration generation, Collection<BigInteger> serials, Clock clock) {
        return authority(hierarchy, generation).crl(serials, issuingDay(clock));
    }

    /** The holder's committed key pair for one role; fails with a hint when the generator was not run. */
    public KeyPair holderKeyPair(String holderId, CaHierarchy role) {
        return holderKeys.computeIfAbsent(TestPkiFiles.holderKey(holderId, role),
                name -> parse(name, Pem::rsaKeyPair));
    }

    /** The day certificates are issued for: the clock's date in Japan, whatever the JVM's time zone. */
    public static LocalDate issuingDay(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Validity.JAPAN);
    }

    private CertificateAuthority authority(CaHierarchy hierarchy, CaGeneration generation) {
        return authorities.get(new CaSlot(hierarchy, generation));
    }

    private <T> T parse(String name, PemParser<T> parser) {
        try {
            return parser.parse(source.read(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Test PKI file " + name + " is missing; run TestPkiGenerator", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Test PKI file " + name + " is not valid", e);
        }
    }

    private record CaSlot(CaHierarchy hierarchy, CaGeneration generation) {}

    @FunctionalInterface
    private interface PemSource {
        String read(String name) throws IOException;
    }

    @FunctionalInterface
    private interface PemParser<T> {
        T parse(String pem) throws GeneralSecurityException;
    }

    private static final class Standard {
        static final TestPki INSTANCE = new TestPki(Standard::resource);

        private static String resource(String name) throws IOException {
            try (InputStream in = TestPki.class.getResourceAsStream(TestPkiFiles.RESOURCE_DIRECTORY + name)) {
                if (in == null) {
                    throw new IOException("No resource " + TestPkiFiles.RESOURCE_DIRECTORY + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
    }
}
