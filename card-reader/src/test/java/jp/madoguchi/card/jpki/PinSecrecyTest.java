package jp.madoguchi.card.jpki;

import static jp.madoguchi.card.jpki.PinVerifierTest.verifyHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.card.apdu.ApduTraceEntry;
import jp.madoguchi.card.apdu.ApduTransports;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;

/** VERIFY bodies must not leak into traces, exception messages or outcome values. */
class PinSecrecyTest {
    private static final String SIGN_PASSWORD = "SECRET7";
    private static final String AUTH_PIN = "4739";
    private static final List<String> FORBIDDEN = List.of(SIGN_PASSWORD, "53454352455437", AUTH_PIN, "34373339");

    private final ScriptedTransport card = ScriptedTransport.strict();
    private final List<ApduTraceEntry> trace = new ArrayList<>();
    private final PinVerifier verifier = new PinVerifier(new JpkiSession(ApduTransports.standard(card, trace::add)));

    @Test
    void verifyBodiesNeverReachTheTraceOrAnyMessage() throws Exception {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x001B);
        JpkiScripts.triesQuery(card, 0x63C5);
        card.expect(verifyHex(SIGN_PASSWORD), "9000");
        JpkiScripts.selectFile(card, 0x0018);
        JpkiScripts.triesQuery(card, 0x63C3);
        card.expect(verifyHex(AUTH_PIN), "63C2");
        JpkiScripts.triesQuery(card, 0x63C2);
        card.expect(verifyHex(AUTH_PIN), "6700");
        JpkiScripts.triesQuery(card, 0x63C2);
        JpkiScripts.triesQuery(card, 0x63C2);
        card.expectFault(verifyHex(AUTH_PIN), new CardFault.CardRemoved());

        List<String> seen = new ArrayList<>();
        seen.add(verifier.attempt(PinKind.SIGN, SIGN_PASSWORD.toCharArray(), false).toString());
        seen.add(verifier.attempt(PinKind.AUTH, AUTH_PIN.toCharArray(), false).toString());
        seen.add(verifier.attempt(PinKind.AUTH, AUTH_PIN.toCharArray(), false).toString());
        seen.add(catchThrowable(() -> verifier.attempt(PinKind.AUTH, AUTH_PIN.toCharArray(), false)).getMessage());
        // Fields, not format(): the timing in format() could contain the PIN's digits by chance.
        trace.forEach(entry -> seen.add(entry.command() + " " + entry.response() + " " + entry.fault()));

        card.assertDone();
        assertThat(trace).hasSize(card.count());
        assertThat(trace).filteredOn(e -> e.command().startsWith("0020008007"))
                .singleElement().satisfies(e -> assertThat(e.command()).endsWith("<7 bytes redacted>"));
        for (String text : seen) {
            assertThat(text).doesNotContain(FORBIDDEN);
        }
    }
}
