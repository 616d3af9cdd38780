package jp.madoguchi.issuance.visit.step;

/** Which of the resident's municipalities a certificate comes from. */
public enum MunicipalityRole {
    /** 住所地: where the resident lives (住民票, 印鑑, tax; 戸籍 too when the 本籍 is there). */
    RESIDENCE("municipality.residence"),
    /** 本籍地 elsewhere, offered only after the 本籍地利用登録: 戸籍 certificates. */
    DOMICILE("municipality.domicile");

    private final String messageKey;

    MunicipalityRole(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
