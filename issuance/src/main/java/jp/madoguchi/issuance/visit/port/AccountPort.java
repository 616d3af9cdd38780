package jp.madoguchi.issuance.visit.port;

import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * The resident's own account (ご利用履歴・残高照会), never looked up by name: the kiosk history by the keyed hash of
 * the card that passed the PIN, the municipal balance by the registry id the card identified, both in
 * {@code municipality}. Another card's or resident's records cannot be returned.
 */
public interface AccountPort {
    AccountStatement statement(SerialHash card, String residentId, MunicipalityCode municipality);
}
