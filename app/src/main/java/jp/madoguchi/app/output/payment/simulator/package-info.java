/**
 * {@code madoguchi payment-simulator}: a stand-in for a vendor's cash-unit daemon that speaks the payment protocol
 * (docs/payment.md) on a Unix socket. {@link jp.madoguchi.app.output.payment.simulator.PaymentSimulator} runs in
 * process for tests and behind the CLI; {@link jp.madoguchi.app.output.payment.simulator.SimulatorScript} says what
 * it does at each state, so a test can put a fault anywhere a real unit could have one.
 */
package jp.madoguchi.app.output.payment.simulator;
