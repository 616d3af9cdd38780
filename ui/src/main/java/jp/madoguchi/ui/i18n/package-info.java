/**
 * Every visible string of the kiosk: the thirteen kiosk languages, their UTF-8 bundles and the {@link
 * jp.madoguchi.ui.i18n.I18n} facade that views bind to, so switching language mid-visit re-renders the screen.
 */
package jp.madoguchi.ui.i18n;
