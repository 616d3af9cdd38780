package jp.madoguchi.app.kiosk;

/**
 * Where in a paid certificate visit the fault matrix strikes: each stage is a step a resident really waits on, with
 * what the kiosk holds there (nothing yet, the card, the order, part of the money, a job at the printer, paper).
 */
enum FaultStage {
    PLACE_CARD("place-card"),
    PIN_ENTRY("pin-entry"),
    ORDER("choose-municipality"),
    /** 100 yen of the fee inserted, the rest not yet: the resident's money is in the unit. */
    PAYMENT("payment"),
    PRINTING("printing"),
    TAKE_DOCUMENTS("take-documents");

    final String step;

    FaultStage(String step) {
        this.step = step;
    }
}
