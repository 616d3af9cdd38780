/**
 * Building blocks of the virtual card's test PKI, TEST ONLY: the two CA hierarchies ({@code O=JPKI-TEST}, auth and
 * sign) and their generations, a CA with its key, certificate parts and validity plans, PEM files. Knows nothing of
 * holders; {@code card.virtual.holder.TestPki} puts these together.
 */
package jp.madoguchi.card.virtual.pki;
