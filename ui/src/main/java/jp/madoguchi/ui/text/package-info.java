/**
 * Line breaking done by the kiosk itself. JavaFX 21 on Linux wraps Thai and Devanagari wrongly: after each soft
 * break it draws the rest of the paragraph again, so lines overlap (hard line breaks render fine). Every text that
 * may take several lines therefore gets its line breaks from {@link jp.madoguchi.ui.text.LineBreaker}, measured
 * with the real font, and JavaFX only ever renders explicit lines.
 */
package jp.madoguchi.ui.text;
