package jp.madoguchi.issuance.rules.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values a file marks as not read from the page: {@code {unverified: VALUE, source: TEXT}}. The value is used as
 * written and each mark becomes a warning of {@code rules check} at its place; a fee may be {@code unknown}, and a
 * certificate whose fee is unknown is never issued at a kiosk. Marks are found once, before compiling, and remembered
 * by the value node they wrap (merged versions share those nodes, so a mark is reported once).
 */
final class Unverified {
    static final String KEY = "unverified";
    static final String UNKNOWN = "unknown";
    private static final List<String> KEYS = List.of(KEY, "source");

    /** One mark: where the value is, the value node the compilers read, and what the file says about it. */
    record Mark(String path, Node value, String source) {}

    private final Map<Node, Mark> marks = new IdentityHashMap<>();
    private final List<Mark> inOrder = new ArrayList<>();
    private final Problems problems;

    Unverified(Problems problems) {
        this.problems = problems;
    }

    /** {@code root} with every mark replaced by the value it wraps; a mark without a source is an error. */
    Node unwrap(Node root) {
        return unwrap(root, new ArrayList<>());
    }

    Optional<Mark> mark(Node value) {
        return Optional.ofNullable(marks.get(value));
    }

    /** Whether {@code value} is a marked {@code unknown}: a fee the page does not state. */
    boolean unknown(Node value) {
        return marks.containsKey(value) && value instanceof Node.Scalar scalar
                && scalar.kind() == Node.Scalar.Kind.STRING && scalar.text().equals(UNKNOWN);
    }

    List<RuleError> warnings() {
        List<RuleError> warnings = new ArrayList<>(inOrder.size());
        for (Mark mark : inOrder) {
            String what = unknown(mark.value()) && mark.path().endsWith(".fee") ? " is unknown (source: " + mark.source()
                    + "); a kiosk does not issue this certificate until it is known"
                    : " is unverified (" + mark.value().describe() + ", source: " + mark.source()
                            + "); it is used as written: confirm it before the kiosk serves this municipality";
            warnings.add(new RuleError(problems.file(), mark.value().location(), mark.path() + what));
        }
        return warnings;
    }

    /**
     * A copy only where something was unwrapped: a file without marks keeps its tree (and its load time). The path is
     * kept as its keys and indexes ({@code at}) and spelled out only for a mark: every node of every file passes here.
     */
    private Node unwrap(Node node, List<Object> at) {
        if (node instanceof Node.Sequence sequence) {
            List<Node> items = new ArrayList<>(sequence.items().size());
            boolean changed = false;
            for (int i = 0; i < sequence.items().size(); i++) {
                Node item = sequence.items().get(i);
                at.add(i);
                Node plain = unwrap(item, at);
                at.remove(at.size() - 1);
                changed |= plain != item;
                items.add(plain);
            }
            return changed ? new Node.Sequence(sequence.location(), items) : sequence;
        }
        if (!(node instanceof Node.Mapping mapping)) {
            return node;
        }
        if (mapping.fields().containsKey(KEY)) {
            return marked(mapping, at);
        }
        Map<String, Node.Field> fields = null;
        for (Node.Field field : mapping.fields().values()) {
            at.add(field.key());
            Node plain = unwrap(field.value(), at);
            at.remove(at.size() - 1);
            if (plain != field.value() && fields == null) {
                fields = new LinkedHashMap<>(mapping.fields());
            }
            if (plain != field.value()) {
                fields.put(field.key(), new Node.Field(field.key(), field.keyLocation(), plain));
            }
        }
        return fields != null ? new Node.Mapping(mapping.location(), fields) : mapping;
    }

    /** {@code versions[0].certificates.fee}: keys joined by dots, indexes in brackets. */
    private static String path(List<Object> at) {
        StringBuilder path = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step);
            }
        }
        return path.toString();
    }

    private Node marked(Node.Mapping mapping, List<Object> at) {
        String path = path(at);
        MapReader reader = MapReader.open(mapping, path, KEYS, problems).orElseThrow();
        Node value = unwrap(mapping.get(KEY).orElseThrow(), at);
        Optional<String> source = reader.required("source").flatMap(n -> new Scalars(problems).text(n,
                path + ".source (the page or document the value comes from)"));
        source.ifPresent(text -> {
            Mark mark = new Mark(path, value, text);
            marks.put(value, mark);
            inOrder.add(mark);
        });
        return value;
    }
}
