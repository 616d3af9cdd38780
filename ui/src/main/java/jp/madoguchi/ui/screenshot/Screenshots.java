package jp.madoguchi.ui.screenshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Renders a scene to a PNG file with {@link Scene#snapshot} and ImageIO (no javafx-swing needed). */
public final class Screenshots {
    private static final int MAX_LAYOUT_PASSES = 4;

    private Screenshots() {}

    /**
     * Lays out and renders {@code scene} at its current size and writes it to {@code file}, creating the folder.
     * Must run on the FX thread, like any snapshot.
     */
    public static Path write(Scene scene, Path file) throws IOException {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Scene snapshots must be taken on the FX thread");
        }
        settleLayout(scene);
        BufferedImage image = toBufferedImage(scene.snapshot(null));
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
        return file;
    }

    /** Lays out until stable: text that re-breaks its lines for its new width asks for one more pass. */
    public static void settleLayout(Scene scene) {
        scene.getRoot().applyCss();
        for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
            scene.getRoot().layout();
            if (!scene.getRoot().isNeedsLayout()) {
                return;
            }
        }
    }

    static BufferedImage toBufferedImage(Image snapshot) {
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = snapshot.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }
}
