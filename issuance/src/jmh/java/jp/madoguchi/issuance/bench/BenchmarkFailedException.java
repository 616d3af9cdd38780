package jp.madoguchi.issuance.bench;

/** The rules benchmarks could not run (JMH's own failure, as its message). */
public final class BenchmarkFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    BenchmarkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
