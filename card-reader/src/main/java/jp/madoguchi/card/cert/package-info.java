/**
 * JPKI certificates: DER parsing, trust anchors and local CRLs, chain verification that tells the CA
 * generations apart (they all share one DN), the holder's four attributes from the signature certificate,
 * the renewal window and a display summary.
 *
 * <p>Parsing and signature checks use the JCA; BouncyCastle's ASN.1 classes read the extensions the JCA
 * does not model (key identifiers, SubjectAltName otherNames). No provider is registered globally. A bad
 * certificate is a status, never an exception, once it has been parsed.
 */
package jp.madoguchi.card.cert;
