package jp.madoguchi.app.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.rules.load.RuleError;
import jp.madoguchi.issuance.rules.load.YamlTreeReader;
import jp.madoguchi.issuance.text.SafeYaml;
import jp.madoguchi.issuance.text.TextFile;
import jp.madoguchi.issuance.text.TextLimits;
import jp.madoguchi.issuance.text.TextProblem;

/**
 * Reads the configuration file the way rule files are read: within {@link TextLimits#CONFIGURATION}, strict UTF-8,
 * then the YAML itself checked by the rule files' reader (syntax, duplicate keys, aliases, binary values, each at
 * its line and column) before Jackson binds it, so every problem is {@code file:line:column: message}.
 */
final class ConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(SafeYaml.factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigFile() {}

    /** @return null for a file without any setting (empty, or only comments) */
    static KioskConfig read(Path file) throws IOException {
        String text;
        try {
            text = TextFile.read(file, TextLimits.CONFIGURATION);
        } catch (TextProblem problem) {
            throw ConfigProblem.at(problem.in(file.toString()), problem);
        }
        List<RuleError> problems = YamlTreeReader.problems(file.toString(), text);
        if (problems.size() == 1 && problems.get(0).message().equals(YamlTreeReader.EMPTY)) {
            return null;
        }
        if (!problems.isEmpty()) {
            throw ConfigProblem.at(problems.stream().map(RuleError::toString).collect(Collectors.joining("\n")),
                    null);
        }
        try {
            return YAML.readValue(text, KioskConfig.class);
        } catch (JsonProcessingException e) {
            throw ConfigProblem.of(file, text, e);
        }
    }
}
