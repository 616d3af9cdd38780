package jp.madoguchi.app.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.Holders;

/** The holder fixtures as a table for staff training: id, name, age, card type and what is special. */
final class HolderList {
    private HolderList() {}

    static void print(PrintStream out) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        out.printf("%-12s %-22s %4s  %-15s %-9s %s%n", "holder", "name", "age", "card", "sign cert", "tries a/s/k");
        for (Holder h : Holders.all()) {
            out.printf("%-12s %-22s %4d  %-15s %-9s %d/%d/%d%n", h.id(), h.person().name(), h.person().ageOn(today),
                    h.variant(), h.hasSignCertificate() ? "yes" : "no", h.initialTries(PinKind.AUTH),
                    h.initialTries(PinKind.SIGN), h.initialTries(PinKind.KENHOJO));
        }
    }
}
