package jp.madoguchi.issuance.text;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one YAML factory the kiosk's files are read with, its limits set for files of a few kilobytes rather than left
 * at the libraries' defaults: at most 1 MiB of characters, 64 levels of nesting (a rule file needs 6), no alias
 * expansion (billion laughs), short numbers and names.
 */
public final class SafeYaml {
    /** Deeper than any real file, shallow enough that no reader of the tree can run out of stack. */
    public static final int MAX_DEPTH = 64;
    private static final YAMLFactory FACTORY = create();

    private SafeYaml() {}

    /** Thread-safe, as Jackson factories are. */
    public static YAMLFactory factory() {
        return FACTORY;
    }

    private static YAMLFactory create() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(TextLimits.RULE_FILE.maxBytes());
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setMaxAliasesForCollections(0);
        loader.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(TextLimits.RULE_FILE.maxBytes())
                        .maxNumberLength(64)
                        .maxNameLength(1024)
                        .build())
                .build();
    }
}
