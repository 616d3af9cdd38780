/** JMH benchmarks of the rules engine: load and validate a national catalogue, and single decisions. */
package jp.madoguchi.issuance.bench;
