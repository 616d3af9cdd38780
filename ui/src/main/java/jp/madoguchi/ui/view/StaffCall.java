package jp.madoguchi.ui.view;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the call-staff key on a screen that needs staff (a printer fault, a refund, a reader gone) does. The kiosk's
 * configuration decides it (the staff package's {@code StaffCalls}); with {@link #NONE} there is no key and the
 * screen asks the resident to tell staff nearby instead. FX thread only.
 */
public interface StaffCall {
    /** No call is configured: screens show no key. */
    StaffCall NONE = new StaffCall() {
        private final ReadOnlyBooleanWrapper never = new ReadOnlyBooleanWrapper(false);

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public ObservableBooleanValue waiting() {
            return never.getReadOnlyProperty();
        }

        @Override
        public void call(String stepId, String titleKey) {
            throw new IllegalStateException("no staff call is configured");
        }
    };

    /** Whether pressing the key reaches someone (a notice on the screen, a lamp or buzzer). */
    boolean available();

    /** True from a call until staff answer it on the staff screen. */
    ObservableBooleanValue waiting();

    /**
     * The resident pressed the key on step {@code stepId}, whose screen showed the title {@code titleKey} (what staff
     * are told); returns at once, a second press adds nothing.
     */
    void call(String stepId, String titleKey);
}
