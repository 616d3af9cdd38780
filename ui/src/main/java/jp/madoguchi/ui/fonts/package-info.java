/**
 * The fonts shipped inside the kiosk, so every language renders on a machine without system fonts: which file holds
 * which family, which families each script uses, and loading them once at start-up. Sources and licences are listed
 * in {@code README.md} next to the font files.
 */
package jp.madoguchi.ui.fonts;
