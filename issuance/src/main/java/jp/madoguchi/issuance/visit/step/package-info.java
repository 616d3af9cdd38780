/**
 * The screens of a visit as immutable values: one record per step of the sealed {@link
 * jp.madoguchi.issuance.visit.step.VisitStep}, plus the idle overlay. Everything here is safe to render, log and
 * screenshot: message keys, ids, dates and amounts, never a PIN, a certificate or a 個人番号.
 */
package jp.madoguchi.issuance.visit.step;
