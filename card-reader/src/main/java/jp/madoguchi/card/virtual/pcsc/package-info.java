/**
 * The virtual card behind in-process javax.smartcardio: {@link jp.madoguchi.card.virtual.pcsc.VirtualTerminals}
 * with its {@link jp.madoguchi.card.virtual.pcsc.VirtualTerminalProvider} and
 * {@link jp.madoguchi.card.virtual.pcsc.VirtualTerminalFactorySpi}; the {@code VirtualPcsc*} classes copy SunPCSC's
 * terminal, card and channel behaviour, {@code TerminalsLock} its waiting, so code tested here behaves the same on a
 * kiosk. {@link jp.madoguchi.card.virtual.pcsc.VirtualReader} is the demo kiosk's one-reader source.
 */
package jp.madoguchi.card.virtual.pcsc;
