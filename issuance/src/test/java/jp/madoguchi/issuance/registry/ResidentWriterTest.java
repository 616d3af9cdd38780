package jp.madoguchi.issuance.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The registry protocol writes residents in the registry file's shape: every sample resident reads back equal. */
class ResidentWriterTest {
    @Test
    void everySampleResidentRoundTrips() {
        InMemoryResidentRegistry sample = InMemoryResidentRegistry.bundledSample();
        assertThat(sample.residents()).hasSizeGreaterThan(10);
        for (Resident resident : sample.residents()) {
            ObjectNode written = ResidentWriter.write(resident);
            assertThat(ResidentParser.parse(written, "resident")).as(resident.id()).isEqualTo(resident);
        }
    }

    @Test
    void defaultsAreLeftOutAndEverythingElseIsWritten() {
        Resident foreign = InMemoryResidentRegistry.bundledSample().find("foreign-resident").orElseThrow();
        ObjectNode written = ResidentWriter.write(foreign);
        assertThat(written.get("nationality").asText()).isEqualTo("VN");
        assertThat(written.has("koseki")).isFalse();
        assertThat(written.get("seal").asText()).isEqualTo("registered");
        Resident child = InMemoryResidentRegistry.bundledSample().find("default-child").orElseThrow();
        assertThat(ResidentWriter.write(child).has("householdHead")).isFalse();
        assertThat(ResidentWriter.write(child).has("seal")).isFalse();
    }
}
