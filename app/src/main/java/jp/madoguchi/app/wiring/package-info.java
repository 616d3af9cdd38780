/** Wiring shared by the commands and the kiosk: where readers come from and which CAs are trusted. */
package jp.madoguchi.app.wiring;
