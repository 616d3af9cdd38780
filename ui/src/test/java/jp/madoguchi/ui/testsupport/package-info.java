/** Test support for FX tests: a headless kiosk stage with the bundled fonts registered first. */
package jp.madoguchi.ui.testsupport;
