package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.BlockingCondition;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.DaySelector;
import jp.madoguchi.issuance.rules.SubjectRelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema documents the format; these tests keep its vocabularies equal to the code's. */
class RuleFileSchemaTest {
    private static JsonNode schema;

    @BeforeAll
    static void read() throws IOException {
        String resource = "/jp/madoguchi/issuance/rules/rule-file.schema.json";
        try (InputStream in = RuleFileSchemaTest.class.getResourceAsStream(resource)) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void vocabulariesMatchTheEnums() {
        assertThat(values("/$defs/certificateType/enum")).isEqualTo(ids(CertificateType.values()));
        assertThat(values("/$defs/option/enum")).isEqualTo(ids(CertificateOption.values()));
        assertThat(values("/$defs/certificate/properties/subjects/items/enum")).isEqualTo(ids(SubjectRelation.values()));
        assertThat(values("/$defs/blockingCondition/enum")).isEqualTo(ids(BlockingCondition.values()));
        assertThat(values("/$defs/blockScope/enum")).isEqualTo(ids(BlockScope.values()));
        assertThat(values("/$defs/hours/propertyNames/enum")).isEqualTo(ids(DaySelector.values()));
    }

    @Test
    void keysMatchWhatTheCompilerAccepts() {
        List<String> certificateKeys = new ArrayList<>();
        schema.at("/$defs/certificate/properties").fieldNames().forEachRemaining(certificateKeys::add);
        List<String> versionKeys = new ArrayList<>();
        schema.at("/$defs/version/properties").fieldNames().forEachRemaining(versionKeys::add);

        assertThat(certificateKeys).containsExactlyInAnyOrder("offered", "fee", "subjects", "options", "taxYears", "hours",
                "yearEnd", "minimumAge", "maxCopies", "blockedFor", "honsekiUseBusinessDays");
        assertThat(versionKeys).containsExactlyInAnyOrder("validFrom", "validUntil", "hours", "yearEnd", "minimumAge",
                "maxCopies", "blockedFor", "honsekiUseBusinessDays", "certificates");
        assertThat(versionKeys).containsAll(CertificateCompiler.INHERITED);
        assertThat(certificateKeys).containsAll(CertificateCompiler.INHERITED);
    }

    private static List<String> values(String pointer) {
        List<String> values = new ArrayList<>();
        schema.at(pointer).forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> ids(Identified[] constants) {
        return Arrays.stream(constants).map(Identified::id).toList();
    }
}
