/**
 * The soak ({@code ./madoguchi bench soak}): thousands of whole visits through one headless demo kiosk with its real
 * outputs (SQLite journal, spool printer or CUPS, the demonstration cash acceptor), checking after every visit that
 * nothing was left behind and no money is unaccounted for, and measuring heap, threads and file descriptors.
 */
package jp.madoguchi.app.soak;
