package jp.madoguchi.ui.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled fonts with JavaFX, once per JVM. Call it on the FX thread before creating the first
 * control (in {@code Application.start}, before building the scene): JavaFX picks its default font when the first
 * control is styled, and on a machine without system fonts only the bundled ones can be found. A font that does not
 * load stops the kiosk: without it a whole language would render as empty boxes.
 */
public final class KioskFonts {
    private static final Logger LOG = LoggerFactory.getLogger(KioskFonts.class);
    /** Only registers the faces; CSS sets the real sizes. */
    private static final double REGISTRATION_SIZE = 12;

    private static Set<String> families;

    private KioskFonts() {}

    /** Loads every bundled file (all faces of a collection) and returns the families now available. */
    public static synchronized Set<String> loadOnce() {
        if (families == null) {
            Set<String> loaded = new TreeSet<>();
            for (BundledFont file : BundledFont.values()) {
                loaded.addAll(load(file));
            }
            families = Set.copyOf(loaded);
            LOG.info("Bundled fonts loaded: {}", families);
        }
        return families;
    }

    private static Set<String> load(BundledFont file) {
        try (InputStream in = file.open()) {
            Font[] faces = Font.loadFonts(in, REGISTRATION_SIZE);
            if (faces == null || faces.length == 0) {
                throw new IllegalStateException("JavaFX could not load the bundled font " + file.fileName());
            }
            Set<String> names = new TreeSet<>();
            for (Font face : faces) {
                names.add(face.getFamily());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled font " + file.fileName(), e);
        }
    }
}
