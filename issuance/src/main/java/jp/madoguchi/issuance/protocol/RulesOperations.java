package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSources;

/**
 * What the {@code rules} commands do, minus argument parsing: load rules (a directory, or the bundled samples),
 * and answer one JSON request with one JSON answer. Instances are immutable and may serve many requests.
 */
public final class RulesOperations {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RuleEngine engine;
    private final RequestReader reader;

    public RulesOperations(RuleBook book, ResidentRegistry registry) {
        this.engine = new RuleEngine(book);
        this.reader = new RequestReader(registry);
    }

    /** Rule files of {@code dir}, or the bundled samples when no directory is given. */
    public static LoadReport load(Optional<Path> dir) throws IOException {
        return RuleLoader.load(dir.isPresent() ? RuleSources.directory(dir.get()) : RuleSources.bundledSamples());
    }

    /** The registry file at {@code file}, or the bundled sample registry. */
    public static ResidentRegistry registry(Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return InMemoryResidentRegistry.bundledSample();
        }
        try (InputStream in = Files.newInputStream(file.get())) {
            return InMemoryResidentRegistry.read(in);
        }
    }

    /** A decision request (JSON) in, the decision (pretty JSON, newline-terminated) out. */
    public String decide(String requestJson) {
        return write(DecisionWriter.decision(decision(parse(requestJson))));
    }

    /** The engine's decision on one parsed request; an {@link InputException} names what is wrong with it. */
    public Decision decision(JsonNode request) {
        return engine.decide(reader.decision(request));
    }

    /** A menu request (JSON) in, the menu (pretty JSON) out. */
    public String menu(String requestJson) {
        return write(DecisionWriter.menu(engine.menu(reader.menu(parse(requestJson)))));
    }

    static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InputException("the request is empty: expected one JSON object on stdin");
            }
            return node;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException("the request is not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
