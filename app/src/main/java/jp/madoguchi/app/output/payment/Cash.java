package jp.madoguchi.app.output.payment;

/** The coins and notes a kiosk cash acceptor takes (1 and 5 yen coins are not accepted, as on multicopy machines). */
public enum Cash {
    COIN_10(10), COIN_50(50), COIN_100(100), COIN_500(500), NOTE_1000(1000), NOTE_5000(5000), NOTE_10000(10000);

    private final int yen;

    Cash(int yen) {
        this.yen = yen;
    }

    public int yen() {
        return yen;
    }
}
