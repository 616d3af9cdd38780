package jp.madoguchi.issuance.rules;

/**
 * The public register a certificate is drawn from. It decides which municipality issues it: the 住所地 for the
 * resident, seal and tax registers, the 本籍地 for the family register and its 附票.
 */
public enum Register {
    /** 住民基本台帳. */
    RESIDENT(false),
    /** 印鑑登録原票. */
    SEAL(false),
    /** 戸籍 and 戸籍の附票. */
    KOSEKI(true),
    /** 課税台帳 (個人住民税). */
    TAX(false);

    private final boolean keptByHonseki;

    Register(boolean keptByHonseki) {
        this.keptByHonseki = keptByHonseki;
    }

    /** True when the 本籍地, not the 住所地, keeps this register. */
    public boolean keptByHonseki() {
        return keptByHonseki;
    }
}
