package jp.madoguchi.app.kiosk;

import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;

/**
 * What the fault matrix does to a kiosk in the middle of a visit, and how the part comes back. Killing the kiosk
 * itself ({@link #KIOSK_KILLED}) needs a kiosk in a process of its own, so {@link FaultMatrixTest} runs it apart.
 */
enum KioskFault {
    /** The resident takes the card off mid-read, or puts one on and off where none is expected. */
    CARD_PULLED("card pulled"),
    PCSCD_KILLED("pcscd killed"),
    PRINTER_STOPPED("printer stopped"),
    /** The cash unit jams: an open payment closes with the resident's money held. */
    PAYMENT_FAULTED("payment faulted"),
    KIOSK_KILLED("kill -9 kiosk");

    final String label;

    KioskFault(String label) {
        this.label = label;
    }

    /** The parts a fault acts on: the reader's pcscd and card, the printer queue, the cash unit. */
    record Parts(VirtualCardStack stack, PdfQueue queue, PaymentSimulator cash, FaultVisit.Hand hand) {}

    void inject(Parts parts, FaultStage stage) throws Exception {
        switch (this) {
            case CARD_PULLED -> {
                if (stage != FaultStage.PIN_ENTRY) {
                    parts.hand().place();
                    Thread.sleep(400);
                }
                parts.hand().pull();
            }
            case PCSCD_KILLED -> parts.stack().pcscd().killPcscd();
            case PRINTER_STOPPED -> parts.queue().disable("paper jam");
            case PAYMENT_FAULTED -> parts.cash().command("fault jam");
            case KIOSK_KILLED -> throw new IllegalStateException("a kiosk process is killed, not a part");
        }
    }

    void restore(Parts parts) throws Exception {
        switch (this) {
            case PCSCD_KILLED -> parts.stack().pcscd().startPcscd();
            case PRINTER_STOPPED -> parts.queue().enable();
            case PAYMENT_FAULTED -> parts.cash().command("clear");
            default -> {
                // The card is in the resident's hand; a killed kiosk is restarted by the matrix.
            }
        }
    }

    /** Whether the resident's card is still on the reader after the fault. */
    boolean leavesCardOn(FaultStage stage) {
        return stage == FaultStage.PIN_ENTRY && this != CARD_PULLED;
    }
}
