/** Wiring shared by the commands and the kiosk: where readers come from, which CAs are trusted, PEM key files. */
package jp.madoguchi.app.wiring;
