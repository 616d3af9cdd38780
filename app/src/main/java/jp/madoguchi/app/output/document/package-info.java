/**
 * Issued documents. {@link jp.madoguchi.app.output.document.CertificateIssuer} turns an approved {@link
 * jp.madoguchi.app.output.document.CertificateOrder} into one A4 PDF per copy, with content from the resident
 * registry, the municipality's 認証文 and seal, a document number and a 照合番号; {@link
 * jp.madoguchi.app.output.document.PrintGuard} is the last check before paper. Receipts and the account statement
 * (ご利用履歴・残高照会) are here too. The 住民票コード has no field anywhere; the 個人番号 is printed only when the
 * rules allowed it and the resident chose it.
 */
package jp.madoguchi.app.output.document;
