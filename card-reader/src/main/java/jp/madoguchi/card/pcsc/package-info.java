/**
 * Real readers through javax.smartcardio: the one class that touches {@code Card} ({@link
 * jp.madoguchi.card.pcsc.PcscTransport}), the reader monitor that publishes immutable snapshots on change,
 * one owner thread per reader for all card I/O, and recovery from a pcscd restart. Never
 * {@code TerminalFactory.getDefault()}: it is decided once and never recovers.
 */
package jp.madoguchi.card.pcsc;
