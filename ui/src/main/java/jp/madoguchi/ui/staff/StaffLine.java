package jp.madoguchi.ui.staff;

/**
 * One line of a staff section: plain words for the clerk, a good or bad state, or the technical detail a technician
 * or the vendor needs (smaller, grey).
 */
record StaffLine(String text, Style style) {
    enum Style { PLAIN, GOOD, PROBLEM, DETAIL }

    static StaffLine plain(String text) {
        return new StaffLine(text, Style.PLAIN);
    }

    static StaffLine good(String text) {
        return new StaffLine(text, Style.GOOD);
    }

    static StaffLine problem(String text) {
        return new StaffLine(text, Style.PROBLEM);
    }

    static StaffLine detail(String text) {
        return new StaffLine(text, Style.DETAIL);
    }
}
