/**
 * The JSON protocol of {@code rules decide} and {@code rules menu} (documented in {@code docs/rules.md}) and the
 * operations behind the {@code rules} commands, so the CLI only parses arguments and prints.
 */
package jp.madoguchi.issuance.protocol;
