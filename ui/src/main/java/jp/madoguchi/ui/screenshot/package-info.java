/**
 * Pictures of screens as PNG files, for the README, for reviewing every language by eye and for the
 * {@code screenshots} command. Works headless (Monocle) as well as on a display.
 */
package jp.madoguchi.ui.screenshot;
