package jp.madoguchi.issuance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.json.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesOperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RulesOperations OPERATIONS = new RulesOperations(Samples.BOOK, Samples.REGISTRY);

    @Test
    void aDecisionHasTheDocumentedShape() throws Exception {
        JsonNode decision = JSON.readTree(OPERATIONS.decide("""
                {"municipality":"284645","at":"2026-11-20T10:00:00+09:00","requester":{"resident":"default"},
                 "certificate":"juminhyo","subjects":["default","default-spouse"],"options":{"household-head":true},
                 "copies":2}"""));

        assertThat(fieldNames(decision)).containsExactly("allowed", "reasons", "availableOptions", "feePerCopy",
                "feeTotal", "trace");
        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("feePerCopy").asInt()).isEqualTo(200);
        assertThat(decision.get("feeTotal").asInt()).isEqualTo(400);
        assertThat(decision.at("/availableOptions/household-head").toString()).isEqualTo("[false,true]");
        assertThat(decision.get("trace").get(0).toString())
                .isEqualTo("{\"rule\":\"284645:juminhyo:municipality\",\"result\":\"pass\",\"detail\":\"播磨町 (284645)\"}");
    }

    @Test
    void aDenialCarriesRuleMessageKeyParamsAndText() throws Exception {
        JsonNode decision = JSON.readTree(OPERATIONS.decide("""
                {"municipality":"284645","at":"2026-12-30T10:00:00+09:00","requester":{"resident":"default"},
                 "certificate":"inkan-toroku"}"""));

        assertThat(decision.get("allowed").asBoolean()).isFalse();
        assertThat(decision.get("feeTotal").asInt()).isZero();
        assertThat(decision.get("reasons").toString()).isEqualTo("[{\"rule\":\"284645:inkan-toroku:year-end\","
                + "\"messageKey\":\"closed.year-end\",\"params\":{\"period\":\"12/29-01/03\"},"
                + "\"message\":\"The service is closed for the year end (12/29-01/03).\"}]");
    }

    @Test
    void factsCanBeGivenInline() throws Exception {
        JsonNode decision = JSON.readTree(OPERATIONS.decide("""
                {"municipality":"406252","at":"2026-11-20T10:00","certificate":"juminhyo","subjects":["kid"],
                 "requester":{"id":"parent","birthDate":"1980-01-01","address":"40625","residentSince":"2010-01-01",
                   "household":"h1","householdHead":true,"koseki":{"id":"k1","honseki":"406252"},
                   "relatives":[{"id":"kid","birthDate":"2015-01-01","address":"406252","residentSince":"2015-01-01",
                     "household":"h1","koseki":{"id":"k1","honseki":"406252"}}]}}"""));

        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("feeTotal").asInt()).isEqualTo(200);
    }

    @Test
    void theMenuListsEveryCertificateWithFeeOrReasons() throws Exception {
        JsonNode menu = JSON.readTree(OPERATIONS.menu("""
                {"municipality":"462012","at":"2026-11-20T10:00:00+09:00","requester":{"resident":"locked"}}"""));

        assertThat(menu.get("items")).hasSize(8);
        JsonNode tax = menu.get("items").get(6);
        assertThat(tax.get("certificate").asText()).isEqualTo("shotoku-kazei");
        assertThat(tax.get("available").asBoolean()).isTrue();
        assertThat(tax.at("/availableOptions/tax-year").toString()).isEqualTo("[2026,2025,2024,2023]");
        assertThat(menu.get("items").get(0).at("/reasons/0/messageKey").asText()).isEqualTo("certificate.not-offered");
    }

    @Test
    void theSameRequestGivesTheSameBytes() {
        String request = """
                {"municipality":"012246","at":"2026-12-06T08:00:00+09:00","requester":{"resident":"renewal"},
                 "certificate":"inkan-toroku","options":{"my-number":true},"copies":11}""";

        assertThat(OPERATIONS.decide(request)).isEqualTo(OPERATIONS.decide(request));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"municipality\":\"284645\",\"at\":\"2026-11-20T10:00:00+09:00\",\"requester\":{\"resident\":\"default\"},"
                + "\"certificate\":\"jumin\"} | request.certificate: unknown certificate type 'jumin'; expected one of:",
        "{\"municipality\":\"284645\",\"at\":\"2026-11-20T10:00:00+09:00\",\"requester\":{\"resident\":\"default\"},"
                + "\"certificate\":\"juminhyo\",\"options\":{\"kojin-bango\":true}} | unknown option request.options.kojin-bango",
        "{\"municipality\":\"284645\",\"at\":\"yesterday\",\"requester\":{\"resident\":\"default\"},"
                + "\"certificate\":\"juminhyo\"} | request.at must be a time like 2026-12-30T10:00:00+09:00",
        "{\"municipality\":\"284645\",\"at\":\"2026-11-20T10:00:00+09:00\",\"requester\":{\"resident\":\"nobody\"},"
                + "\"certificate\":\"juminhyo\"} | request.requester.resident: no resident 'nobody' in the registry",
        "{\"municipality\":\"284640\",\"at\":\"2026-11-20T10:00:00+09:00\",\"requester\":{\"resident\":\"default\"},"
                + "\"certificate\":\"juminhyo\"} | request.municipality: municipality code 284640 has check digit 0",
        "{\"municipality\":\"284645\",\"at\":\"2026-11-20T10:00:00+09:00\",\"requester\":{\"resident\":\"default\"},"
                + "\"certificate\":\"juminhyo\",\"copy\":1} | unknown field request.copy",
        "{\"municipality\":\"284645\", | the request is not valid JSON at line 1, column 26",
        "'' | the request is empty",
    })
    void aBadRequestIsRefusedWithThePathOfTheProblem(String request, String message) {
        assertThatThrownBy(() -> OPERATIONS.decide(request)).isInstanceOf(InputException.class).hasMessageContaining(message);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
