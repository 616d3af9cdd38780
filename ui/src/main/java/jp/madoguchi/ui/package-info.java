/** The JavaFX touchscreen: one view per visit step, bound to immutable snapshots. */
package jp.madoguchi.ui;
