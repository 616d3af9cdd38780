package jp.madoguchi.issuance.rules.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.BlockingCondition;
import jp.madoguchi.issuance.rules.CertificateType;

/** Compiles {@code blockedFor}: which situations send a resident to the counter, and whose situation counts. */
final class BlocksCompiler {
    private final Problems problems;
    private final Scalars scalars;

    BlocksCompiler(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
    }

    /**
     * {@code blockedFor} as a list of conditions, each checked on its default scope for {@code type}, or as a map of
     * condition to scope ({@code {moving-out: household}}). Conditions left out do not block.
     */
    Optional<Map<BlockingCondition, BlockScope>> compile(Settings.Setting setting, CertificateType type) {
        if (setting.node() instanceof Node.Sequence) {
            return scalars.idSet(setting.node(), BlockingCondition.class, setting.path(), "blocking condition")
                    .map(conditions -> {
                        Map<BlockingCondition, BlockScope> blocks = new EnumMap<>(BlockingCondition.class);
                        conditions.forEach(c -> blocks.put(c, BlockScope.defaultScope(type, c)));
                        return blocks;
                    });
        }
        if (!(setting.node() instanceof Node.Mapping mapping)) {
            return scalars.fail(setting.node(), setting.path() + " must be a list of blocking conditions ("
                    + Identified.idList(BlockingCondition.class) + ") or map them to a scope ("
                    + Identified.idList(BlockScope.class) + "), got " + setting.node().describe());
        }
        Map<BlockingCondition, BlockScope> blocks = new EnumMap<>(BlockingCondition.class);
        boolean ok = true;
        for (Node.Field field : mapping.fields().values()) {
            Optional<BlockingCondition> condition = Identified.byId(BlockingCondition.class, field.key());
            if (condition.isEmpty()) {
                problems.at(field.keyLocation(), "unknown blocking condition '" + field.key() + "' in "
                        + setting.path() + "; expected one of: " + Identified.idList(BlockingCondition.class));
            }
            Optional<BlockScope> scope = scalars.id(field.value(), BlockScope.class,
                    setting.path() + "." + field.key(), "scope");
            if (condition.isPresent() && condition.get().requesterOnly()
                    && scope.filter(BlockScope.SUBJECTS::equals).isEmpty()) {
                scope = scalars.fail(field.value(), setting.path() + "." + field.key() + " is about the requester's"
                        + " own card, so it is checked on the requester only: write it in the list or as subjects");
            }
            ok &= condition.isPresent() && scope.isPresent();
            if (condition.isPresent() && scope.isPresent()) {
                blocks.put(condition.get(), scope.get());
            }
        }
        return ok ? Optional.of(blocks) : Optional.empty();
    }
}
