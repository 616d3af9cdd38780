package jp.madoguchi.card.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSC, an independent client, checks the virtual card through a real pcscd: its jpki driver and PKCS#15
 * emulator must see the tries counters, read the auth certificate byte for byte, and sign with the auth key
 * so that openssl verifies the signature.
 */
@RequiresPcscStack(opensc = true)
class OpenScInteropTest {
    private static final String PKCS11 = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";
    private VirtualMyNumberCard card;
    @TempDir
    Path dir;

    @BeforeEach
    void start(VirtualCardStack stack) throws Exception {
        card = stack.insert(VirtualMyNumberCard.of(Holders.defaultHolder()));
    }

    @Test
    void listPinsShowsThreeAndFiveTriesWithoutUsingOne() throws Exception {
        String out = run("pkcs15-tool", "--list-pins");
        List<Integer> tries = new ArrayList<>();
        Matcher m = Pattern.compile("Tries left\\s*:\\s*(\\d+)").matcher(out);
        while (m.find()) {
            tries.add(Integer.parseInt(m.group(1)));
        }
        assertThat(tries).as(out).containsExactly(3, 5);
        assertThat(card.triesLeft(jp.madoguchi.card.pin.PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    void readCertificateOneIsTheAuthCertificate() throws Exception {
        Path pem = dir.resolve("auth.pem");
        run("pkcs15-tool", "--read-certificate", "1", "-o", pem.toString());
        X509Certificate read;
        try (var in = Files.newInputStream(pem)) {
            read = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(read.getEncoded()).isEqualTo(card.authCertificate().getEncoded());
    }

    @Test
    void pkcs11SignatureWithTheAuthKeyVerifiesWithOpenssl() throws Exception {
        Path data = dir.resolve("data.txt");
        Files.writeString(data, "Madoguchi interop " + System.nanoTime());
        Path sig = dir.resolve("data.sig");
        run("pkcs11-tool", "--module", PKCS11, "--slot-index", "0", "--login", "--pin", "1234", "--sign",
                "-m", "SHA256-RSA-PKCS", "--id", "01", "-i", data.toString(), "-o", sig.toString());
        Path pub = dir.resolve("auth_pub.pem");
        Files.writeString(pub, "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64,
                "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(card.authCertificate().getPublicKey()
                .getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        String verified = run("openssl", "dgst", "-sha256", "-verify", pub.toString(), "-signature", sig.toString(),
                data.toString());
        assertThat(verified).contains("Verified OK");
    }

    /** Runs a tool against this test's pcscd (PCSCLITE_CSOCK_NAME is inherited) and returns its output. */
    private String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s exit code; output:%n%s", String.join(" ", command), out).isZero();
        return out;
    }
}
