package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.madoguchi.card.testsupport.pcscd.PcscStack;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.virtual.Holders;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.VpcdClient;
import org.junit.jupiter.api.Test;

class DoctorCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        CommandRun run = CommandRun.of("doctor", "--json", "--virtual");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(fields(root)).containsExactly("readers");
        JsonNode reader = root.get("readers").get(0);
        assertThat(fields(reader)).containsExactly("name", "cardPresent", "atr", "card");
        JsonNode card = reader.get("card");
        assertThat(fields(card)).containsExactly("type", "tokenLabel", "pins", "certificates");
        assertThat(card.get("tokenLabel").asText()).isEqualTo("JPKIAPICCTOKEN2");
        assertThat(fields(card.get("pins"))).containsExactly("auth", "sign", "kenhojo");
        assertThat(card.at("/pins/auth/triesLeft").asInt()).isEqualTo(3);
        assertThat(card.at("/pins/sign/triesLeft").asInt()).isEqualTo(5);
        assertThat(fields(card.get("certificates"))).containsExactly("auth", "authCa", "signCa");
        assertThat(fields(card.at("/certificates/auth")))
                .containsExactly("subject", "serial", "notBefore", "notAfter", "sha256");
    }

    @Test
    void textReportNamesTheLockAndTheRenewalWindow() {
        CommandRun locked = CommandRun.of("doctor", "--virtual", "--holder", "locked");
        assertThat(locked.out()).contains("BLOCKED").contains("municipal counter");
        CommandRun renewal = CommandRun.of("doctor", "--virtual", "--holder", "renewal");
        assertThat(renewal.out()).contains("inside the renewal window");
        CommandRun juki = CommandRun.of("doctor", "--virtual", "--holder", "juki");
        assertThat(juki.exitCode()).isZero();
        assertThat(juki.out()).contains("JUKI_CARD").contains("住基カード");
    }

    @Test
    void traceShowsEveryExchangeWithItsStatusWord() {
        CommandRun run = CommandRun.of("doctor", "--virtual", "--trace");
        assertThat(run.out()).contains("> 00A4040C0AD392F000260100000001").contains("SW=63C3");
    }

    @Test
    @RequiresPcscStack
    void readsTheVirtualCardThroughPcscd() throws Exception {
        try (PcscStack stack = PcscStack.start()) {
            VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
            VpcdClient client = new VpcdClient("localhost", stack.vpcdPort(), card);
            client.start();
            try {
                assertThat(client.awaitConnected(Duration.ofSeconds(10))).isTrue();
                Thread.sleep(600); // one pcscd presence poll
                CommandRun run = CommandRun.of("doctor", "--json");
                assertThat(run.exitCode()).as(run.err()).isZero();
                JsonNode readers = JSON.readTree(run.out()).get("readers");
                JsonNode withCard = StreamSupport.stream(readers.spliterator(), false)
                        .filter(r -> r.get("cardPresent").asBoolean()).findFirst().orElseThrow();
                assertThat(withCard.get("name").asText()).isEqualTo("Virtual PCD 00 00");
                assertThat(withCard.get("atr").asText()).isEqualTo("3BE000FF8131FE4514");
                byte[] der = card.authCertificate().getEncoded();
                assertThat(withCard.at("/card/certificates/auth/sha256").asText())
                        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
                assertThat(withCard.at("/card/pins/kenhojo/triesLeft").asInt()).isEqualTo(3);
                assertThat(card.triesLeft(jp.madoguchi.card.pin.PinKind.AUTH)).isEqualTo(3);
            } finally {
                client.stop();
            }
        }
    }

    @Test
    @RequiresPcscStack
    void saysHowToStartPcscdWhenItIsNotRunning() {
        CommandRun run = CommandRun.of("doctor");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pcscd");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
