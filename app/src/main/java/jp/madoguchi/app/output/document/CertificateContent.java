package jp.madoguchi.app.output.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.Municipality;

/**
 * What one certificate says, before layout: title, one section per person (or per 年度), the seal impression of a
 * 印鑑登録証明書, and the issuing municipality's certification sentence (認証文) with its signer (e.g. 播磨町長).
 */
public record CertificateContent(CertificateType type, String title, Municipality issuer, List<Section> sections,
        Optional<String> sealImpression, String certification, String signer) {

    public CertificateContent {
        Objects.requireNonNull(type, "type");
        sections = List.copyOf(sections);
    }

    public record Section(String heading, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {}

    /** Every printed string of the content, for checks on what a document would say. */
    public String text() {
        StringBuilder all = new StringBuilder(title).append('\n');
        for (Section section : sections) {
            all.append(section.heading()).append('\n');
            section.fields().forEach(f -> all.append(f.label()).append(' ').append(f.value()).append('\n'));
        }
        sealImpression.ifPresent(all::append);
        return all.append(certification).append('\n').append(signer).toString();
    }
}
