package jp.madoguchi.app.output.document;

import jp.madoguchi.issuance.registry.Resident;

/**
 * Where a 個人番号 printed on a 住民票 comes from: the municipality's certificate server, never the card (the kiosk
 * does not read the 券面事項入力補助 application) and never the journal or logs. Asked only for a document whose
 * rules allowed the item and whose resident chose it.
 */
public interface MyNumberSource {
    String myNumber(Resident subject);
}
