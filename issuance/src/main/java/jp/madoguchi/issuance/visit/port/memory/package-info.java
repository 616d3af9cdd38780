/**
 * Simple in-memory output ports: the kiosk's default until the real payment, PDF, CUPS and SQLite adapters
 * (issue 5) replace them, and the ports {@code simulate} and the tests drive.
 */
package jp.madoguchi.issuance.visit.port.memory;
