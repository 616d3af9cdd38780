/**
 * A running kiosk without its window: the configuration and its mode, the session that wires the reader, rules,
 * registry, printer, payment device and journal to the visit machine ({@link jp.madoguchi.app.kiosk.KioskSession}),
 * what keeps production failing closed ({@link jp.madoguchi.app.kiosk.FailClosed}), the status it publishes, the
 * launcher that puts it on screen and the operator's acceptance visit at a terminal.
 */
package jp.madoguchi.app.kiosk;
