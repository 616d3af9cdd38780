/**
 * A real CUPS for tests: a private cupsd per test run ({@link jp.madoguchi.app.testsupport.cups.CupsStack}), with its
 * configuration, spool, logs, socket and cups-pdf output under {@code target/cups} and a port reserved by the build,
 * reached through {@code CUPS_SERVER} and {@code IPP_PORT} (set by Surefire) as any CUPS server is; it runs in its own
 * mount namespace with its ServerRoot on {@code /etc/cups}, where cups-pdf looks, so the system's CUPS and other
 * builds are never touched. Private cups-pdf queues each have their own output directory and are removed after use.
 * Tests annotated {@link jp.madoguchi.app.testsupport.cups.RequiresCups} are skipped with the reason on a machine
 * without CUPS (or outside Maven) and fail when {@code CI=true}; {@code .ci/install-deps} installs the packages.
 */
package jp.madoguchi.app.testsupport.cups;
