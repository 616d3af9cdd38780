package jp.madoguchi.issuance.rules.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets a later version state only what changes: maps merge key by key, lists and scalars replace. Merged nodes keep
 * the location they were written at, so an inherited mistake still points at its original line.
 */
final class VersionMerger {
    private VersionMerger() {}

    /** {@code later} over {@code earlier}, without the earlier version's own dates. */
    static Node.Mapping merge(Node.Mapping earlier, Node.Mapping later) {
        Map<String, Node.Field> inherited = new LinkedHashMap<>(earlier.fields());
        inherited.remove("validFrom");
        inherited.remove("validUntil");
        return overlay(new Node.Mapping(earlier.location(), inherited), later);
    }

    private static Node.Mapping overlay(Node.Mapping base, Node.Mapping top) {
        Map<String, Node.Field> fields = new LinkedHashMap<>(base.fields());
        for (Node.Field field : top.fields().values()) {
            Node.Field under = fields.get(field.key());
            if (under != null && under.value() instanceof Node.Mapping b && field.value() instanceof Node.Mapping t) {
                fields.put(field.key(), new Node.Field(field.key(), field.keyLocation(), overlay(b, t)));
            } else {
                fields.put(field.key(), field);
            }
        }
        return new Node.Mapping(top.location(), fields);
    }
}
