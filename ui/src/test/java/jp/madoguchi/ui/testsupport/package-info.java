/**
 * The FX test set-up shared by the ui and app tests (app through ui's test jar): {@link KioskFxTest} starts the
 * headless kiosk toolkit with the bundled fonts registered first.
 */
package jp.madoguchi.ui.testsupport;
