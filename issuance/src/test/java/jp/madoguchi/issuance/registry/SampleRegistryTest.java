package jp.madoguchi.issuance.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.json.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleRegistryTest {
    private static final ResidentRegistry REGISTRY = Samples.REGISTRY;

    @ParameterizedTest
    @ValueSource(strings = {"default", "expired", "renewal", "minor", "locked", "last-try"})
    void everyVirtualCardHolderIsAResident(String cardHolderId) {
        assertThat(REGISTRY.find(cardHolderId)).isPresent();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "default, default", "hanako, default-spouse", "minor, minor", "expired, expired", "renewal, renewal",
        "locked, locked", "last-try, last-try", "foreign, foreign-resident",
    })
    void virtualCardHoldersAreFoundByTheirCardSubject(String holder, String residentId) {
        String subject = Holders.byId(holder).residentId();
        assertThat(REGISTRY.findByCardSubject(subject)).map(Resident::id).contains(residentId);
    }

    @Test
    void aCardWhoseSubjectIsNotRegisteredIsNotFound() {
        assertThat(REGISTRY.findByCardSubject(Holders.byId("older-ca").residentId()))
                .isEmpty();
        assertThat(REGISTRY.findByCardSubject("default")).as("resident ids are not card subjects").isEmpty();
    }

    @Test
    void aCardSubjectMayNameOnlyOneResident() {
        String yaml = """
                residents:
                  - {id: a, birthDate: 1980-01-01, address: "284645", residentSince: 2000-01-01, household: h1,
                     householdHead: true, koseki: {id: k, honseki: "284645"}, cardSubject: JPKITEST000000000001}
                  - {id: b, birthDate: 1980-01-01, address: "284645", residentSince: 2000-01-01, household: h2,
                     householdHead: true, koseki: {id: k, honseki: "284645"}, cardSubject: JPKITEST000000000001}
                """;
        assertThatThrownBy(() -> InMemoryResidentRegistry.read(new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InputException.class)
                .hasMessage("residents[1].cardSubject: card subject 'JPKITEST000000000001' is used twice");
    }

    @Test
    void theDefaultHolderHeadsAHouseholdOfFourSpanningTwoKoseki() {
        RequesterFacts facts = REGISTRY.requester("default").orElseThrow();

        assertThat(facts.self().householdHead()).isTrue();
        assertThat(facts.household()).extracting(Resident::id)
                .containsExactly("default", "default-spouse", "default-child", "default-mother");
        Resident mother = facts.person("default-mother").orElseThrow();
        assertThat(facts.sameHousehold(mother)).isTrue();
        assertThat(facts.sameKoseki(mother)).isFalse();
        assertThat(facts.sameKoseki(facts.person("default-child").orElseThrow())).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "default, REGISTERED", "renewal, CANCELLED", "default-spouse, NONE",
    })
    void sealRegistrations(String id, SealRegistration seal) {
        assertThat(REGISTRY.find(id).orElseThrow().seal()).isEqualTo(seal);
    }

    @Test
    void theForeignResidentHasNationalityAndStatusButNoKoseki() {
        Resident lan = REGISTRY.find("foreign-resident").orElseThrow();

        assertThat(lan.nationality().isJapanese()).isFalse();
        assertThat(lan.nationality().country()).isEqualTo("VN");
        assertThat(lan.nationality().residenceStatus()).contains("技術・人文知識・国際業務");
        assertThat(lan.koseki()).isEmpty();
    }

    @Test
    void honsekiElsewhereWithAndWithoutUseRegistration() {
        KosekiEntry registered = REGISTRY.find("last-try").orElseThrow().koseki().orElseThrow();
        KosekiEntry unregistered = REGISTRY.find("honseki-elsewhere").orElseThrow().koseki().orElseThrow();

        assertThat(registered.honseki().value()).isEqualTo(Samples.HARIMA).isNotEqualTo(Samples.CHITOSE);
        assertThat(registered.useRegistered()).isTrue();
        assertThat(unregistered.honseki().value()).isEqualTo(Samples.HARIMA);
        assertThat(unregistered.useRegistered()).isFalse();
    }

    @Test
    void theMinorIsUnderFifteenAndTheLeapDayChildAgesOnFirstMarch() {
        assertThat(REGISTRY.find("minor").orElseThrow().ageOn(LocalDate.of(2026, 11, 21))).isEqualTo(12);
        Resident leapDay = REGISTRY.find("default-child").orElseThrow();
        assertThat(leapDay.ageOn(LocalDate.of(2031, 2, 28))).isEqualTo(14);
        assertThat(leapDay.ageOn(LocalDate.of(2031, 3, 1))).isEqualTo(15);
    }

    @Test
    void flagsAreRead() {
        assertThat(REGISTRY.find("moving-out").orElseThrow().has(ResidentFlag.MOVING_OUT)).isTrue();
        assertThat(REGISTRY.find("support-measure").orElseThrow().has(ResidentFlag.SUPPORT_MEASURE)).isTrue();
        assertThat(REGISTRY.find("default").orElseThrow().flags()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "residents: [{id: a, birthDate: 1980-01-01, address: '284645', residentSince: 2000-01-01, household: h,"
                + " koseki: {id: k, honseki: '284645'}}] | household 'h' has 0 heads",
        "residents: [{id: a, birthDate: 1980-01-01, address: '284645', residentSince: 2000-01-01, household: h,"
                + " householdHead: true, koseki: {id: k, honseki: '284645'}, nickname: x}] | unknown field residents[0].nickname",
        "residents: [{id: a, birthDate: 1980-13-01, address: '284645', residentSince: 2000-01-01, household: h,"
                + " householdHead: true}] | residents[0].birthDate must be a date",
        "residents: [{id: a, birthDate: 1980-01-01, address: '284645', residentSince: 2000-01-01, household: h,"
                + " householdHead: true}] | residents[0] (resident 'a'): Japanese nationals have a 戸籍",
        "residents: [{id: a, birthDate: 1980-01-01, address: '284640', residentSince: 2000-01-01, household: h,"
                + " householdHead: true}] | residents[0].address: municipality code 284640 has check digit 0",
        "residents: [{id: a, birthDate: 1980-01-01, address: '284645', residentSince: 2000-01-01, household: h,"
                + " householdHead: true, nationality: VN}] | a residence status belongs to foreign residents only",
        "residents: [{id: a, birthDate: 1980-01-01, address: '284645', residentSince: 2000-01-01, household: h,"
                + " householdHead: true, seal: lost}] | unknown seal state 'lost'",
    })
    void aBrokenRegistryFileSaysWhatIsWrong(String yaml, String message) {
        assertThatThrownBy(() -> InMemoryResidentRegistry.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InputException.class).hasMessageContaining(message);
    }
}
