package jp.madoguchi.app.fuzz;

/** What the checked path made of one mutated file. {@code detail} says what went wrong for a crash or a hang. */
record Verdict(Kind kind, String detail) {
    enum Kind {
        /** Still a valid file (a comment or an irrelevant byte changed). */
        ACCEPTED,
        /** Refused, every message naming the file. */
        REPORTED,
        /** An exception escaped, or a message did not name the file. */
        CRASH,
        /** Over the per-case time limit. */
        HANG
    }

    static final Verdict ACCEPTED = new Verdict(Kind.ACCEPTED, "");
    static final Verdict REPORTED = new Verdict(Kind.REPORTED, "");

    static Verdict crash(String detail) {
        return new Verdict(Kind.CRASH, detail);
    }

    static Verdict crash(Throwable thrown) {
        StackTraceElement[] where = thrown.getStackTrace();
        return crash(thrown + (where.length == 0 ? "" : " at " + where[0]));
    }
}
