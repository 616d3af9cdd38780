package jp.madoguchi.ui.theme;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;

/**
 * The display modes switched on now, kept as style classes on one node (the kiosk's root). One resident's choice:
 * {@link #reset} puts the screen back to the standard look when their visit ends. FX thread only.
 */
public final class DisplayModes {
    private final Map<DisplayMode, BooleanProperty> on = new EnumMap<>(DisplayMode.class);

    public DisplayModes(Node root) {
        for (DisplayMode mode : DisplayMode.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, mode.name(), false);
            property.addListener((observed, was, now) -> {
                root.getStyleClass().remove(mode.styleClass());
                if (now) {
                    root.getStyleClass().add(mode.styleClass());
                }
            });
            on.put(mode, property);
        }
    }

    public BooleanProperty property(DisplayMode mode) {
        return on.get(mode);
    }

    public boolean isOn(DisplayMode mode) {
        return on.get(mode).get();
    }

    public void set(DisplayMode mode, boolean value) {
        on.get(mode).set(value);
    }

    public void reset() {
        on.values().forEach(property -> property.set(false));
    }
}
