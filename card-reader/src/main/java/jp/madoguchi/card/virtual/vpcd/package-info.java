/**
 * The virtual card in a real pcscd: {@link jp.madoguchi.card.virtual.vpcd.VpcdClient} plugs it into vsmartcard's
 * vpcd reader driver over TCP ({@code VpcdConnection} framing, {@code VpcdSession} protocol; docs/card.md).
 */
package jp.madoguchi.card.virtual.vpcd;
