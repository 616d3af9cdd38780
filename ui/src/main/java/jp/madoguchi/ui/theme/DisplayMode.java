package jp.madoguchi.ui.theme;

/**
 * The ways a resident can make the screen easier to use, each a style class on the scene's root that the
 * stylesheet answers (kiosk.css, "display modes"). They can be combined.
 */
public enum DisplayMode {
    /** About 1.3 times every text: body 34 px instead of 26. */
    LARGE_TEXT("display-large", "display.largeText"),
    /** White and yellow on black. */
    HIGH_CONTRAST("display-contrast", "display.highContrast"),
    /** What is touched moved to the lower part of the screen, within reach from a wheelchair. */
    LOW_LAYOUT("display-low", "display.lowLayout");

    private final String styleClass;
    private final String messageKey;

    DisplayMode(String styleClass, String messageKey) {
        this.styleClass = styleClass;
        this.messageKey = messageKey;
    }

    public String styleClass() {
        return styleClass;
    }

    public String messageKey() {
        return messageKey;
    }
}
