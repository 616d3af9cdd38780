package jp.madoguchi.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.app.output.document.SampleMyNumbers;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import jp.madoguchi.issuance.registry.Resident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry port over the wire answers exactly what the registry behind the server holds. */
class HttpsRegistryTest {
    private static final InMemoryResidentRegistry SAMPLE = InMemoryResidentRegistry.bundledSample();

    @TempDir
    Path dir;

    private RegistryStack stack;
    private HttpsResidentRegistry registry;

    @BeforeEach
    void serve() throws Exception {
        stack = RegistryStack.sample(dir);
        registry = HttpsResidentRegistry.connect(stack.endpoint());
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void everyResidentHouseholdAndKosekiComesBackAsTheRegistryHoldsIt() {
        assertThat(registry.problem()).isEmpty();
        for (Resident resident : SAMPLE.residents()) {
            assertThat(registry.find(resident.id())).as(resident.id()).contains(resident);
            assertThat(registry.requester(resident.id())).as(resident.id())
                    .isEqualTo(SAMPLE.requester(resident.id()));
            assertThat(registry.household(resident.householdId())).isEqualTo(SAMPLE.household(resident.householdId()));
            resident.koseki().ifPresent(entry -> assertThat(registry.koseki(entry.kosekiId()))
                    .isEqualTo(SAMPLE.koseki(entry.kosekiId())));
            assertThat(registry.myNumber(resident)).isEqualTo(new SampleMyNumbers().myNumber(resident));
        }
    }

    @Test
    void aCardIsFoundByItsSubjectAndAnUnknownOneIsNotRegistered() {
        assertThat(registry.findByCardSubject("JPKITEST000000000001").map(Resident::id)).contains("default");
        assertThat(registry.findByCardSubject("JPKITEST000000000009").map(Resident::id))
                .contains("foreign-resident");
        assertThat(registry.findByCardSubject("JPKITEST000000000008")).isEmpty();
        assertThat(registry.find("nobody")).isEmpty();
        assertThat(registry.requester("nobody")).isEmpty();
        assertThat(registry.household("no-such-household")).isEmpty();
    }

    @Test
    void idsWithSpacesSlashesAndJapaneseAreOnePathSegment() {
        assertThat(registry.find("見本 太郎/../default")).isEmpty();
        assertThat(registry.find("a b")).isEmpty();
    }

    @Test
    void aStoppedRegistryIsUnavailableNotUnregisteredAndComesBackOnItsOwn() throws Exception {
        stack.stop();

        assertThat(registry.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("localhost:" + stack.port()).contains("GET /v1/health"));
        assertThatThrownBy(() -> registry.findByCardSubject("JPKITEST000000000009"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("POST /v1/card-holder")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("JPKITEST"));
        assertThatThrownBy(() -> registry.find("foreign-resident"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("GET /v1/residents/{id}")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("foreign-resident"));

        stack.start();
        assertThat(registry.problem()).isEmpty();
        assertThat(registry.find("foreign-resident")).isPresent();
    }

    @Test
    void theServerRefusesAKioskWhoseCertificateItsCaDidNotIssue() throws Exception {
        Path stranger = RegistryTestPki.write(dir.resolve("stranger"), "stranger", 1);
        RegistryEndpoint own = stack.endpoint();
        HttpsResidentRegistry impostor = HttpsResidentRegistry.connect(new RegistryEndpoint(own.url(),
                stranger.resolve(RegistryTestPki.KIOSK_CERT), stranger.resolve(RegistryTestPki.KIOSK_KEY),
                own.serverCa(), 2));

        assertThat(impostor.problem()).isPresent();
        assertThatThrownBy(() -> impostor.find("default")).isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void theKioskRefusesAServerWhoseCertificateItsConfiguredCaDidNotIssue() throws Exception {
        Path stranger = RegistryTestPki.write(dir.resolve("stranger"), "kiosk-test", 1);
        RegistryEndpoint own = stack.endpoint();
        HttpsResidentRegistry misled = HttpsResidentRegistry.connect(new RegistryEndpoint(own.url(),
                own.clientCertificate(), own.clientKey(), stranger.resolve(RegistryTestPki.CA), 2));

        Optional<String> problem = misled.problem();

        assertThat(problem).hasValueSatisfying(text -> assertThat(text).containsIgnoringCase("unreachable"));
    }

    @Test
    void anEndpointMustBeHttps() {
        RegistryEndpoint own = stack.endpoint();
        assertThatThrownBy(() -> new RegistryEndpoint(java.net.URI.create("http://localhost:1/"),
                own.clientCertificate(), own.clientKey(), own.serverCa(), 2))
                .hasMessageContaining("https://");
    }
}
