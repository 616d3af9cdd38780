/**
 * {@code ./madoguchi doctor}: what a staff member sees when testing a reader and a card on a desk. It reads
 * only what needs no PIN and queries tries with the empty VERIFY, so it never uses a try.
 */
package jp.madoguchi.app.doctor;
