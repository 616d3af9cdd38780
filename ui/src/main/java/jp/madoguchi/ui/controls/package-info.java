/**
 * Touch controls for the kiosk: the PIN pad, large keys, the inactivity countdown banner, the greyed tile of an
 * unavailable certificate with its reason, the language picker, and the reminder of a card left on the reader. All text comes bound from {@link
 * jp.madoguchi.ui.i18n.I18n}; all styling from {@code kiosk.css}. Handlers only update state: card I/O and other
 * slow work belongs to the reader thread, never to a key press on the FX thread.
 */
package jp.madoguchi.ui.controls;
