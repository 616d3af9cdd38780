/** How the kiosk's log lines are written: a human pattern in a terminal, JSON objects for a fleet's pipeline. */
package jp.madoguchi.app.logging;
