/**
 * The real catalogue: one rule file per municipality, each read from the municipality's own page and citing it,
 * bundled in this jar beside the demo samples (which it does not replace). {@link
 * jp.madoguchi.issuance.catalogue.RealCatalogue} reads it; {@code ./madoguchi rules check} reads its directory
 * ({@code issuance/src/main/resources/jp/madoguchi/issuance/catalogue}) like any other; docs/rules.md lists it.
 */
package jp.madoguchi.issuance.catalogue;
