package jp.madoguchi.app.kiosk.output;

import jp.madoguchi.app.output.DocumentNumber;
import jp.madoguchi.app.output.VisitId;

/**
 * The visit ports and the output components each have their own id records (the issuance module cannot see the
 * app's). Both are plain strings with compatible formats, so mapping is by value and checked by each constructor.
 */
final class PortIds {
    private PortIds() {}

    static VisitId visit(jp.madoguchi.issuance.visit.VisitId visit) {
        return new VisitId(visit.value());
    }

    static jp.madoguchi.issuance.visit.port.DocumentNumber number(DocumentNumber number) {
        return new jp.madoguchi.issuance.visit.port.DocumentNumber(number.value());
    }
}
