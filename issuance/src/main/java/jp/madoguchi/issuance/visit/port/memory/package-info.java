/**
 * Simple in-memory output ports, the ones {@code simulate} and the tests drive. The kiosk itself runs on the app's
 * payment, PDF, CUPS and SQLite adapters.
 */
package jp.madoguchi.issuance.visit.port.memory;
