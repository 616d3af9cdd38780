/**
 * PINs and the lockout policy. PINs live in {@code byte[]}, are wiped after use and never reach logs,
 * exception messages or {@code toString}. {@link jp.madoguchi.card.pin.PinPolicy} decides whether a VERIFY
 * may be sent at all, so no try is ever wasted.
 */
package jp.madoguchi.card.pin;
