/**
 * Every step of a visit as hand-made snapshots ({@link jp.madoguchi.ui.gallery.StepGallery}) and their rendering to
 * PNG files: for {@code ./madoguchi screenshots}, the README's pictures, and people checking each language by eye.
 */
package jp.madoguchi.ui.gallery;
