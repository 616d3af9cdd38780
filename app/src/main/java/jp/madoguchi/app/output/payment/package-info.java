/**
 * Taking the fee and giving money back. {@link jp.madoguchi.app.output.payment.PaymentDevice} is the port a cash
 * acceptor or card terminal implements; {@link jp.madoguchi.app.output.payment.DemoCashAcceptor} is the embedded
 * demonstration device driven from the screen (no real money moves). {@link
 * jp.madoguchi.app.output.payment.PaymentRecorder} writes every cash movement to the journal and {@link
 * jp.madoguchi.app.output.payment.Settlement} decides, and records, a reprint or a refund when a paid sheet fails to print.
 */
package jp.madoguchi.app.output.payment;
