package jp.madoguchi.app.output.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What ties a PDF to its visit, inside the file itself: the visit id, the document number and a digest of the
 * subjects. The print guard reads these back from the bytes about to be printed, so a buffer that got swapped with
 * another visit's (the 2023 race) is caught even when the record around it looks right.
 */
public record DocumentBinding(String visit, String document, String subjects) {
    static final String VISIT = "Madoguchi-Visit";
    static final String DOCUMENT = "Madoguchi-Document";
    static final String SUBJECTS = "Madoguchi-Subjects";

    public static DocumentBinding of(VisitId visit, DocumentNumber number, Set<String> subjectIds) {
        return new DocumentBinding(visit.value(), number.value(), digest(visit, subjectIds));
    }

    /** The binding written in {@code pdf}; fields missing from the file read as empty strings. */
    public static DocumentBinding read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            return new DocumentBinding(value(info, VISIT), value(info, DOCUMENT), value(info, SUBJECTS));
        }
    }

    Map<String, String> properties() {
        return Map.of(VISIT, visit, DOCUMENT, document, SUBJECTS, subjects);
    }

    /** SHA-256 of the visit id and the sorted subject ids: comparable without writing the ids into the file. */
    static String digest(VisitId visit, Set<String> subjectIds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(visit.value().getBytes(StandardCharsets.UTF_8));
            for (String id : new TreeSet<>(subjectIds)) {
                sha.update((byte) 0);
                sha.update(id.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String value(PDDocumentInformation info, String key) {
        String value = info.getCustomMetadataValue(key);
        return value == null ? "" : value;
    }
}
