/**
 * The kiosk's side of the local payment protocol (docs/payment.md): newline-delimited JSON over a Unix stream socket
 * to the vendor's cash-unit daemon. {@link jp.madoguchi.app.output.payment.socket.SocketPaymentDevice} is the
 * {@link jp.madoguchi.app.output.payment.PaymentDevice}; {@link jp.madoguchi.app.output.payment.socket.Wire} and
 * {@link jp.madoguchi.app.output.payment.socket.LineReader} are shared with the simulator so both ends frame and
 * spell messages the same way.
 */
package jp.madoguchi.app.output.payment.socket;
