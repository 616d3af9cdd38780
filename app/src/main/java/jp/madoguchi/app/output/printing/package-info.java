/**
 * Putting issued sheets on paper. {@link jp.madoguchi.app.output.printing.Printer} is the API: print one job with
 * progress callbacks and get a {@link jp.madoguchi.app.output.printing.PrintOutcome}, ask whether the printer is ready
 * (for a reprint), and {@link jp.madoguchi.app.output.printing.Printer#endVisit} to delete everything a visit spooled.
 * {@link jp.madoguchi.app.output.printing.cups.CupsPrinter} prints to a CUPS queue through {@code javax.print} and
 * follows the job over IPP; {@link jp.madoguchi.app.output.printing.SpoolPrinter} is the embedded default: a spool
 * directory and PNG previews for the screen.
 */
package jp.madoguchi.app.output.printing;
