/**
 * Reading the kiosk's own text files (rule files, the configuration) and requests the same way: bytes up to a size
 * limit, strict UTF-8 (a bad byte is reported with its line and column, never replaced), one leading BOM dropped,
 * and lines no longer than a limit, so a bad file costs bounded time and memory and is reported, not thrown.
 */
package jp.madoguchi.issuance.text;
