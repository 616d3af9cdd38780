/**
 * The resident's screen as a whole: {@link jp.madoguchi.ui.kiosk.KioskScreen} shows the visit's snapshots (step
 * view, idle countdown, language), with the top bar's language key and staff corner, and sends resident actions
 * back. Threading: snapshots may arrive on any thread and are shown on the FX thread; nothing here blocks.
 */
package jp.madoguchi.ui.kiosk;
