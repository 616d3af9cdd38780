package jp.madoguchi.app.soak;

/** A visit that did not go as its resident expected: stuck on a screen, a wrong ending, money or paper left over. */
final class SoakFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SoakFailure(String message) {
        super(message);
    }
}
