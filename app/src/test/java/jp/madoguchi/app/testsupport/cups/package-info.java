/**
 * A real CUPS for tests: the system's cupsd (started only when none is running, stopped at the end only if started
 * here) and private cups-pdf queues, each with its own output directory and removed after use. Tests annotated
 * {@link jp.madoguchi.app.testsupport.cups.RequiresCups} are skipped with the reason on a machine without CUPS and
 * fail when {@code CI=true}; {@code .ci/install-deps} installs the packages.
 */
package jp.madoguchi.app.testsupport.cups;
