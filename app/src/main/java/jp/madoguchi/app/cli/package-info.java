/** Staff and operator commands of {@code ./madoguchi} (picocli): doctor, virtual-card, bench, rules. */
package jp.madoguchi.app.cli;
