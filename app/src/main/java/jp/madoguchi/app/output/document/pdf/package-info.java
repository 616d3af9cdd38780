/**
 * Drawing A4 pages and writing them as PDF: a {@link jp.madoguchi.app.output.document.pdf.Sheet} collects marks
 * (text, lines, images, seal impressions) in top-left page coordinates, and {@link
 * jp.madoguchi.app.output.document.pdf.PdfWriter} turns them into a PDF with a subset of the bundled IPAex Gothic
 * font embedded and, for certificates, the anti-copy background. Collecting first is what lets the font subset hold
 * exactly the characters used.
 */
package jp.madoguchi.app.output.document.pdf;
