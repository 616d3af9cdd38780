package jp.madoguchi.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.issuance.registry.ResidentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published OpenAPI document is the one the server serves, and it describes what client and server do. */
class OpenApiDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @Test
    void theServerServesThePublishedDocument() throws Exception {
        try (RegistryStack stack = RegistryStack.sample(dir)) {
            HttpClient http = HttpClient.newBuilder().sslContext(RegistryTls.client(stack.endpoint())).build();
            HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(stack.endpoint().url()
                    .resolve(RegistryProtocol.OPENAPI)).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).isEqualTo(Files.readAllBytes(Path.of("../docs/registry-openapi.yaml")));
        }
    }

    @Test
    void itDescribesEveryPathOfTheProtocolAndNoOther() throws Exception {
        JsonNode paths = YAML.readTree(OpenApiDocument.bytes()).get("paths");
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);

        assertThat(documented).containsExactlyInAnyOrder(RegistryProtocol.HEALTH, RegistryProtocol.CARD_HOLDER,
                RegistryProtocol.RESIDENTS + "{id}", RegistryProtocol.RESIDENTS + "{id}" + RegistryProtocol.REQUESTER,
                RegistryProtocol.RESIDENTS + "{id}" + RegistryProtocol.INDIVIDUAL_NUMBER,
                RegistryProtocol.HOUSEHOLDS + "{id}", RegistryProtocol.KOSEKI + "{id}", RegistryProtocol.OPENAPI);
    }

    @Test
    void itsResidentHasExactlyTheFieldsTheParserReads() throws Exception {
        JsonNode resident = YAML.readTree(OpenApiDocument.bytes()).at("/components/schemas/Resident/properties");
        List<String> fields = new ArrayList<>();
        resident.fieldNames().forEachRemaining(fields::add);

        assertThat(fields).containsExactlyInAnyOrderElementsOf(ResidentParser.FIELDS);
    }
}
