package jp.madoguchi.issuance.engine;

/** Between one copy and the municipality's per-request maximum. */
final class CopiesCheck implements Check {
    @Override
    public void apply(Case c, Evaluation out) {
        int copies = c.request().copies();
        int max = c.rule().maxCopies();
        out.check(copies >= 1 && copies <= max, "copies", copies + " of at most " + max, "copies.out-of-range",
                copies + " not in 1.." + max, "copies", Integer.toString(copies), "max", Integer.toString(max));
    }
}
