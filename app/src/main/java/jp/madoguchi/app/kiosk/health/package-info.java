/**
 * Whether a kiosk outside the demo can serve residents: one {@link jp.madoguchi.app.kiosk.health.HealthCheck} per part
 * a visit needs (reader, printer, disk, journal, and what was found missing at start), polled by
 * {@link jp.madoguchi.app.kiosk.health.HealthMonitor}, which hands each change to the visit machine (out of service
 * while any fails) and logs which check failed or recovered.
 */
package jp.madoguchi.app.kiosk.health;
