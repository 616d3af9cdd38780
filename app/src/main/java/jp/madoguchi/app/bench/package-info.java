/** Benchmarks that print figures: the kiosk authentication through PC/SC against a raw transmit loop. */
package jp.madoguchi.app.bench;
