/**
 * JMH benchmarks of the rules engine. They live in {@code src/jmh/java}, compiled into the issuance jar (JMH is an
 * optional dependency), so {@code ./madoguchi bench rules} runs them through
 * {@link jp.madoguchi.issuance.bench.RulesBench} from the launcher's classpath.
 * {@link jp.madoguchi.issuance.bench.NationalCatalogue} generates the 1,741-municipality catalogue they read.
 */
package jp.madoguchi.issuance.bench;
