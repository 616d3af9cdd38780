package jp.madoguchi.app.output.document;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.output.document.CertificateContent.Field;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.CertificateOption;

/**
 * The lines about one person on a resident-register certificate. Only items the order includes are added, and the
 * 住民票コード has no line at all: there is no way to print it.
 */
final class PersonFields {
    private final ResidentRegistry registry;
    private final Places places;
    private final MyNumberSource myNumbers;

    PersonFields(ResidentRegistry registry, Places places, MyNumberSource myNumbers) {
        this.registry = registry;
        this.places = places;
        this.myNumbers = myNumbers;
    }

    /** 氏名, 生年月日, 住所: what every certificate about a person starts with. */
    List<Field> basic(Resident person) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("氏名", person.name()));
        fields.add(new Field("生年月日", EraDates.date(person.birthDate())));
        fields.add(new Field("住所", places.address(person)));
        return fields;
    }

    /** A 住民票の写し entry with the chosen items. */
    List<Field> residentRecord(Resident person, CertificateOrder order) {
        List<Field> fields = basic(person);
        fields.add(new Field("住民となった年月日", EraDates.date(person.residentSince())));
        if (order.includes(CertificateOption.HOUSEHOLD_HEAD)) {
            fields.add(new Field("世帯主", householdHead(person)));
            fields.add(new Field("続柄", person.householdHead() ? "世帯主" : "世帯員"));
        }
        if (order.includes(CertificateOption.HONSEKI) && person.koseki().isPresent()) {
            fields.add(new Field("本籍", places.fullName(person.koseki().get().honseki())));
        }
        if (!person.nationality().isJapanese()) {
            if (order.includes(CertificateOption.NATIONALITY)) {
                fields.add(new Field("国籍・地域", person.nationality().country()));
            }
            if (order.includes(CertificateOption.RESIDENCE_STATUS)) {
                fields.add(new Field("在留資格", person.nationality().residenceStatus().orElseThrow()));
            }
        }
        if (order.printsMyNumber()) {
            fields.add(new Field("個人番号", myNumbers.myNumber(person)));
        }
        return fields;
    }

    private String householdHead(Resident person) {
        return registry.household(person.householdId()).stream().filter(Resident::householdHead)
                .map(Resident::name).findFirst().orElse("");
    }
}
