package jp.madoguchi.issuance.engine;

import jp.madoguchi.issuance.Identified;

/** One rule the engine evaluated, with its outcome and a short, personal-data-free detail. */
public record TraceEntry(String rule, Outcome outcome, String detail) {
    public enum Outcome implements Identified {
        PASS("pass"), FAIL("fail"), SKIP("skip");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
