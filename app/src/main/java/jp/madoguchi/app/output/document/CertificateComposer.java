package jp.madoguchi.app.output.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.document.CertificateContent.Field;
import jp.madoguchi.app.output.document.CertificateContent.Section;
import jp.madoguchi.app.output.document.pdf.JapaneseFont;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.Municipality;

/**
 * Turns an approved order into what the certificate says, from the resident registry. Refuses ({@link
 * DocumentRefused}) rather than print something wrong: an unknown subject, a seal that is not registered (a cancelled
 * 廃印 is never certified), or a character the document font lacks (外字, which kiosks send to the counter).
 */
public final class CertificateComposer {
    private final ResidentRegistry registry;
    private final Places places;
    private final PersonFields persons;

    public CertificateComposer(ResidentRegistry registry, Places places, MyNumberSource myNumbers) {
        this.registry = registry;
        this.places = places;
        this.persons = new PersonFields(registry, places, myNumbers);
    }

    public CertificateContent compose(CertificateOrder order) {
        List<Resident> subjects = order.subjects().stream().map(id -> registry.find(id)
                .orElseThrow(() -> new DocumentRefused("subject-unknown", "not in the registry"))).toList();
        Municipality issuer = places.municipality(order.municipality());
        boolean wholeHousehold = order.includes(CertificateOption.WHOLE_HOUSEHOLD);
        Optional<String> seal = Optional.empty();
        List<Section> sections = new ArrayList<>();
        switch (order.type()) {
            case RESIDENT_RECORD -> subjects.forEach(p -> sections.add(section(p, persons.residentRecord(p, order))));
            case RESIDENT_RECORD_ITEMS -> subjects.forEach(p -> sections.add(section(p, persons.basic(p))));
            case SEAL_REGISTRATION -> {
                Resident self = subjects.get(0);
                if (self.seal() != SealRegistration.REGISTERED) {
                    throw new DocumentRefused("seal-not-registered", "seal state " + self.seal().id());
                }
                sections.add(section(self, persons.basic(self)));
                seal = Optional.of(surname(self));
            }
            case KOSEKI_FULL, KOSEKI_INDIVIDUAL -> sections.addAll(koseki(subjects, order));
            case KOSEKI_ANNEX -> subjects.forEach(p -> sections.add(section(p, annex(p))));
            case INCOME_TAX, TAX_PAYMENT -> {
                Resident self = subjects.get(0);
                List<Field> fields = new ArrayList<>(persons.basic(self));
                fields.addAll(TaxSample.fields(self, order.taxYear().orElseThrow(),
                        order.type() == CertificateType.TAX_PAYMENT));
                sections.add(section(self, fields));
            }
        }
        CertificateContent content = new CertificateContent(order.type(), order.type().label(), issuer, sections,
                seal, CertificationText.of(order.type(), wholeHousehold), CertificationText.signer(issuer));
        content.text().codePoints().filter(cp -> cp > ' ' && !JapaneseFont.covers(cp)).findFirst()
                .ifPresent(cp -> {
                    throw new DocumentRefused("outside-character", "U+" + Integer.toHexString(cp).toUpperCase());
                });
        return content;
    }

    /** 全部事項: everyone in the subject's 戸籍; 個人事項: the subjects only. Both under the 本籍. */
    private List<Section> koseki(List<Resident> subjects, CertificateOrder order) {
        Resident first = subjects.get(0);
        var entry = first.koseki().orElseThrow(() -> new DocumentRefused("no-koseki", "subject has no 戸籍"));
        List<Resident> people = order.type() == CertificateType.KOSEKI_FULL
                ? registry.koseki(entry.kosekiId()) : subjects;
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("本籍", List.of(new Field("本籍", places.fullName(entry.honseki())))));
        for (Resident person : people) {
            sections.add(section(person, List.of(new Field("氏名", person.name()),
                    new Field("生年月日", EraDates.date(person.birthDate())))));
        }
        return sections;
    }

    private List<Field> annex(Resident person) {
        List<Field> fields = new ArrayList<>(List.of(new Field("氏名", person.name())));
        fields.add(new Field("住所", places.address(person)));
        fields.add(new Field("住所を定めた年月日", EraDates.date(person.residentSince())));
        return fields;
    }

    /** Unheaded: the person's lines start with their name, as on a paper 住民票. */
    private static Section section(Resident person, List<Field> fields) {
        return new Section("", fields);
    }

    /** The family name, as carved on a personal seal: the part before the first space. */
    private static String surname(Resident person) {
        String name = person.name().strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
