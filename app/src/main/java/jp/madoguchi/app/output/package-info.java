/**
 * What a visit leaves behind and hands over: the journal of events, the issued documents, the printer and the payment
 * device. Each subpackage has its own small API so that the visit's output ports (payment, documents, printing,
 * journal) can be backed by thin adapters. This package holds the identifiers they share and their settings.
 */
package jp.madoguchi.app.output;
