/**
 * What a visit leaves behind and hands over: the journal of events, the issued documents, the printer and the payment
 * device. Each subpackage has its own small API so that the visit's output ports (payment, documents, printing,
 * journal) can be backed by thin adapters. They share the visit's own types (issuance's {@code VisitId},
 * {@code DocumentNumber}, {@code PrintFailure}, {@code JournalEntry}); this package holds their settings.
 */
package jp.madoguchi.app.output;
