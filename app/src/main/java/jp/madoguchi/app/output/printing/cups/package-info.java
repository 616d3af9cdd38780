/**
 * Printing through CUPS. Jobs are submitted with {@code javax.print} (the JDK's IPP print service, which spools through
 * {@code lpr}) under a unique job name; the JDK reports nothing after submission, so the job is then followed over IPP
 * with a minimal client ({@link jp.madoguchi.app.output.printing.cups.IppClient}: Get-Printer-Attributes and
 * Get-Jobs need no authentication) until CUPS says completed, cancelled or aborted, or the printer says it stopped,
 * ran out of paper or no longer exists. Removing jobs does need authorization, so that goes through CUPS's own
 * {@code cancel} command ({@link jp.madoguchi.app.output.printing.cups.CupsQueue}). All of them find the server as
 * libcups does ({@link jp.madoguchi.app.output.printing.cups.CupsServer}: {@code CUPS_SERVER} or client.conf).
 */
package jp.madoguchi.app.output.printing.cups;
