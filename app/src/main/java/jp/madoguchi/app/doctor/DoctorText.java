package jp.madoguchi.app.doctor;

import java.io.PrintStream;

/** The doctor's findings as text a staff member reads at the desk. */
public final class DoctorText {
    private DoctorText() {}

    public static void print(DoctorReport report, String source, PrintStream out) {
        if (report.readers().isEmpty()) {
            out.println("No card reader found (" + source + "). Plug in a PC/SC reader, e.g. Sony RC-S300 or "
                    + "ACS ACR1252, or run: ./madoguchi virtual-card");
            return;
        }
        out.println(report.readers().size() + " reader(s) via " + source + ":");
        for (DoctorReport.Reader reader : report.readers()) {
            out.println();
            out.println("Reader: " + reader.name());
            if (!reader.cardPresent()) {
                out.println("  no card");
                continue;
            }
            out.println("  ATR:  " + reader.atr());
            if (reader.problem() != null) {
                out.println("  Card: " + (reader.card() == null ? "unreadable" : reader.card().type()));
                out.println("  Problem: " + reader.problem());
                continue;
            }
            printCard(reader.card(), out);
        }
    }

    private static void printCard(DoctorReport.Card card, PrintStream out) {
        out.println("  Card: " + card.type() + " (token " + card.tokenLabel() + ")");
        out.println("  PIN tries left (read without using a try):");
        out.println("    auth (利用者証明用, 4 digits):      " + tries(card.pins().auth(), 3));
        out.println("    sign (署名用, 6-16 A-Z 0-9):       " + tries(card.pins().sign(), 5));
        out.println("    kenhojo (券面事項入力補助, 4 digits): " + tries(card.pins().kenhojo(), 3));
        out.println("  Signature certificate on the card: "
                + (card.checks().signatureCertificatePresent() ? "yes (readable only after the signature PIN)"
                        : "no (holders under 15 have none)"));
        printCertificate("Auth certificate", card.certificates().auth(), out);
        out.println("    renewal: " + card.checks().renewal());
        printCertificate("Auth CA certificate", card.certificates().authCa(), out);
        printCertificate("Sign CA certificate", card.certificates().signCa(), out);
    }

    private static void printCertificate(String title, DoctorReport.Certificate c, PrintStream out) {
        out.println("  " + title + ":");
        out.println("    subject: " + c.subject());
        out.println("    serial:  " + c.serial());
        out.println("    valid:   " + c.notBefore() + " .. " + c.notAfter());
        out.println("    sha256:  " + c.sha256());
        out.println("    chain:   " + c.chain().status() + ": " + c.chain().message());
        if (c.chain().issuerGeneration() != null) {
            out.println("    issuer:  generation " + c.chain().issuerGeneration());
        }
    }

    private static String tries(DoctorReport.Tries tries, int max) {
        if (tries.triesLeft() == null) {
            return "not reported (already verified in this session)";
        }
        if (tries.triesLeft() == 0) {
            return "0 of " + max + " — BLOCKED: unlock at the municipal counter";
        }
        return tries.triesLeft() + " of " + max + (tries.triesLeft() == 1 ? " — last try" : "");
    }
}
