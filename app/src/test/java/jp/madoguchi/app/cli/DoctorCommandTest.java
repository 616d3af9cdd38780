package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.ResponseHooks;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
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
        assertThat(fields(reader)).containsExactly("name", "cardPresent", "atr", "card", "problem");
        assertThat(reader.get("problem").isNull()).isTrue();
        JsonNode card = reader.get("card");
        assertThat(fields(card)).containsExactly("type", "tokenLabel", "pins", "certificates");
        assertThat(card.get("tokenLabel").asText()).isEqualTo("JPKIAPICCTOKEN2");
        assertThat(fields(card.get("pins"))).containsExactly("auth", "sign", "kenhojo");
        assertThat(card.at("/pins/auth/triesLeft").asInt()).isEqualTo(3);
        assertThat(card.at("/pins/sign/triesLeft").asInt()).isEqualTo(5);
        assertThat(fields(card.get("certificates"))).containsExactly("auth", "authCa", "signCa");
        for (String certificate : List.of("auth", "authCa", "signCa")) {
            JsonNode facts = card.at("/certificates/" + certificate);
            assertThat(fields(facts)).containsExactly("subject", "serial", "notBefore", "notAfter", "sha256", "chain");
            assertThat(fields(facts.get("chain"))).containsExactly("status", "message", "issuerGeneration");
            assertThat(facts.at("/chain/status").asText()).as(certificate).isEqualTo("VALID");
        }
        assertThat(card.at("/certificates/auth/chain/message").asText()).startsWith("issued by CA generation");
        assertThat(card.at("/certificates/authCa/chain/message").asText())
                .startsWith("one of the configured trust anchors");
        assertThat(card.at("/certificates/auth/chain/issuerGeneration").asText())
                .isEqualTo(card.at("/certificates/authCa/chain/issuerGeneration").asText());
    }

    @Test
    void aCardThatIsNotAMyNumberCardIsAFindingWithItsType() throws Exception {
        CommandRun run = CommandRun.of("doctor", "--json", "--virtual", "--holder", "juki");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode reader = JSON.readTree(run.out()).at("/readers/0");
        assertThat(reader.at("/card/type").asText()).isEqualTo("JUKI_CARD");
        assertThat(reader.get("problem").asText()).startsWith("This is not a My Number card (JUKI_CARD)");
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
    void readsTheVirtualCardThroughPcscd(VirtualCardStack stack) throws Exception {
        VirtualMyNumberCard card = stack.insert(VirtualMyNumberCard.of(Holders.defaultHolder()));
        CommandRun run = CommandRun.of("doctor", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode withCard = readerWithCard(run);
        assertThat(withCard.get("name").asText()).isEqualTo("Virtual PCD 00 00");
        assertThat(withCard.get("problem").isNull()).isTrue();
        assertThat(withCard.at("/card/certificates/auth/chain/status").asText()).isEqualTo("VALID");
        assertThat(withCard.get("atr").asText()).isEqualTo("3BE000FF8131FE4514");
        byte[] der = card.authCertificate().getEncoded();
        assertThat(withCard.at("/card/certificates/auth/sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        assertThat(withCard.at("/card/pins/kenhojo/triesLeft").asInt()).isEqualTo(3);
        assertThat(card.triesLeft(jp.madoguchi.card.pin.PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    @RequiresPcscStack
    void aCardAnsweringGarbageIsUnreadableWithItsReasonAndExits3(VirtualCardStack stack) throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        card.respondWith(ResponseHooks.always(Hex.parse("DEADBEEF")));
        stack.insert(card);

        CommandRun json = CommandRun.of("doctor", "--json");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(DoctorCommand.CARD_UNREADABLE).isEqualTo(3);
        JsonNode withCard = readerWithCard(json);
        assertThat(withCard.get("atr").asText()).isEqualTo("3BE000FF8131FE4514");
        assertThat(withCard.get("card").isNull()).isTrue();
        assertThat(withCard.get("problem").asText())
                .isEqualTo("SELECT JPKI failed: SW BEEF (unknown status word), unexpected answer");

        CommandRun text = CommandRun.of("doctor");
        assertThat(text.exitCode()).isEqualTo(3);
        assertThat(text.out()).contains("Card: unreadable")
                .contains("Problem: " + withCard.get("problem").asText());
    }

    @Test
    @RequiresPcscStack
    void saysHowToStartPcscdWhenItIsNotRunning() {
        CommandRun run = CommandRun.of("doctor");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pcscd");
    }

    private static JsonNode readerWithCard(CommandRun run) throws Exception {
        JsonNode readers = JSON.readTree(run.out()).get("readers");
        return StreamSupport.stream(readers.spliterator(), false)
                .filter(r -> r.get("cardPresent").asBoolean()).findFirst().orElseThrow();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
