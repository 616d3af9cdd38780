/**
 * Reading rule files: YAML is parsed with Jackson into a small {@link jp.madoguchi.issuance.rules.load.Node} tree that
 * keeps the line and column of every key and value, so each validation error can point at the exact spot. A file is
 * compiled into an immutable {@link jp.madoguchi.issuance.rules.RuleSet} only when it has no error at all; an invalid
 * file is reported and skipped while the others load.
 */
package jp.madoguchi.issuance.rules.load;
