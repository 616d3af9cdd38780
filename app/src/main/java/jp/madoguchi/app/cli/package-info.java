/** Staff and operator commands of {@code ./madoguchi} (picocli): doctor, virtual-card, bench, rules, journal. */
package jp.madoguchi.app.cli;
