package jp.madoguchi.issuance.visit.port;

import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;

/** Documents of one visit to print, in order. The printer refuses documents rendered for another visit. */
public record PrintJob(VisitId visit, List<DocumentNumber> documents) {
    public PrintJob {
        Objects.requireNonNull(visit, "visit");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a print job needs documents");
        }
    }
}
