package jp.madoguchi.ui.screenshot;

/**
 * The JavaFX toolkit without a display: Monocle's headless screen at the kiosk's 1920×1080, software rendering. The
 * {@code screenshots} command and every FX test select it the same way, before the toolkit starts (the toolkit reads
 * these once, at start-up). A property already set on the command line wins, so a developer can watch a test on a
 * real display with {@code -Dglass.platform=gtk}.
 */
public final class HeadlessDisplay {
    private HeadlessDisplay() {
    }

    /** Sets the headless toolkit's properties that are not already set. */
    public static void select() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("headless.geometry", "1920x1080-32");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
