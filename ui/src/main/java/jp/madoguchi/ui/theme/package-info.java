/**
 * The kiosk look: one stylesheet ({@code kiosk.css}: large type, high contrast, touch targets of 80 px and more) and
 * the per-script font choice, which follows the resident's language on the scene root.
 */
package jp.madoguchi.ui.theme;
