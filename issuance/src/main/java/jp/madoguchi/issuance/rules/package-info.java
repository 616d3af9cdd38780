/**
 * The compiled, immutable rules of コンビニ交付: per municipality a {@link jp.madoguchi.issuance.rules.RuleSet} of
 * dated {@link jp.madoguchi.issuance.rules.RuleVersion}s, each holding one
 * {@link jp.madoguchi.issuance.rules.CertificateRule} per offered {@link jp.madoguchi.issuance.rules.CertificateType}.
 * Every value here is already validated; the engine never re-checks a rule file. Parsing and validation live in
 * {@code rules.load}.
 */
package jp.madoguchi.issuance.rules;
