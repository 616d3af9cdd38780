package jp.madoguchi.issuance.rules.load;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.DateClosure;
import jp.madoguchi.issuance.rules.MaintenanceWindow;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleSet;
import jp.madoguchi.issuance.rules.RuleVersion;

/**
 * Compiles one rule file ({@code municipality}, {@code maintenance}, {@code closures}, {@code versions}). Stateless,
 * thread-safe.
 */
public final class RuleFileCompiler {
    private static final List<String> KEYS = List.of("municipality", "maintenance", "closures", "versions");
    private static final List<String> MUNICIPALITY_KEYS = List.of("code", "name");

    private RuleFileCompiler() {}

    public static CompiledFile compile(RuleSource source) {
        Problems problems = new Problems(source.name());
        source.unreadable().ifPresent(p -> problems.at(new Location(p.line(), p.column()), p.getMessage()));
        Unverified unverified = new Unverified(problems);
        Optional<MapReader> file = source.unreadable().isPresent() ? Optional.empty()
                : YamlTreeReader.read(source.text(), problems)
                .flatMap(root -> MapReader.open(unverified.unwrap(root), "", KEYS, problems));
        if (file.isEmpty()) {
            return new CompiledFile(source.name(), Optional.empty(), Optional.empty(), Location.START,
                    problems.sorted());
        }
        MapReader top = file.get();
        Scalars scalars = new Scalars(problems);
        Optional<MapReader> municipality = top.required("municipality")
                .flatMap(n -> MapReader.open(n, "municipality", MUNICIPALITY_KEYS, problems));
        Optional<Node> codeNode = municipality.flatMap(m -> m.required("code"));
        Optional<MunicipalityCode> code = codeNode.flatMap(n -> code(n, scalars));
        Optional<String> name = municipality.flatMap(m -> m.required("name"))
                .flatMap(n -> scalars.text(n, "municipality.name"));
        Optional<List<MaintenanceWindow>> maintenance = top.optional("maintenance")
                .map(n -> new ClosureCompiler(problems).maintenance(n, "maintenance"))
                .orElse(Optional.of(List.of()));
        Optional<List<DateClosure>> closures = top.optional("closures")
                .map(n -> new ClosureCompiler(problems).closures(n, "closures"))
                .orElse(Optional.of(List.of()));
        Optional<List<RuleVersion>> versions = top.required("versions")
                .flatMap(n -> new VersionCompiler(problems, unverified).compile(n));
        Location codeAt = codeNode.map(Node::location).orElse(Location.START);
        if (!problems.isEmpty()) {
            return new CompiledFile(source.name(), Optional.empty(), code, codeAt, problems.sorted(),
                    unverified.warnings(), Optional.empty());
        }
        RuleSet ruleSet = new RuleSet(new Municipality(code.get(), name.get()), versions.get(), maintenance.get(),
                closures.get(), source.name());
        return new CompiledFile(source.name(), Optional.of(ruleSet), code, codeAt, List.of(), unverified.warnings(),
                Optional.empty());
    }

    /** Quoted or not: YAML reads 012246 as a number, but its source text keeps the leading zero. */
    private static Optional<MunicipalityCode> code(Node node, Scalars scalars) {
        if (node instanceof Node.Scalar scalar
                && (scalar.kind() == Node.Scalar.Kind.STRING || scalar.kind() == Node.Scalar.Kind.INTEGER)) {
            String problem = MunicipalityCode.problemWith(scalar.text());
            return problem == null ? Optional.of(MunicipalityCode.parse(scalar.text()))
                    : scalars.fail(node, "municipality.code: " + problem);
        }
        return scalars.fail(node, "municipality.code must be a 5- or 6-digit code, got " + node.describe());
    }
}
