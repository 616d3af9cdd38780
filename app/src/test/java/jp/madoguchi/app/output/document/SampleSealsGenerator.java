package jp.madoguchi.app.output.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the sample municipal seals (角印 "〇〇長之印", red on transparent) that the sample municipalities' certificates
 * carry. A real deployment uses the image each municipality supplies. Regenerate with
 * {@code java -cp app/target/classes:app/target/test-classes jp.madoguchi.app.output.document.SampleSealsGenerator
 * app/src/main/resources/jp/madoguchi/app/output/document/seals}.
 */
public final class SampleSealsGenerator {
    static final Map<String, String> SAMPLES = Map.of(
            "284645", "播磨町長之印", "406252", "みやこ町長之印", "462012", "鹿児島市長之印", "012246", "千歳市長之印");
    private static final int SIZE = 240;
    private static final Color VERMILION = new Color(0xD8, 0x1E, 0x1A);

    private SampleSealsGenerator() {}

    public static void main(String[] args) throws IOException, FontFormatException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Font font;
        try (InputStream in = SampleSealsGenerator.class.getResourceAsStream(
                "/jp/madoguchi/app/output/document/fonts/ipaexg.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        for (Map.Entry<String, String> seal : SAMPLES.entrySet()) {
            ImageIO.write(draw(font, seal.getValue()), "png", dir.resolve(seal.getKey() + ".png").toFile());
        }
    }

    /** Characters in columns read top to bottom, right to left, inside a double square border. */
    static BufferedImage draw(Font base, String legend) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(VERMILION);
        g.setStroke(new BasicStroke(12));
        g.drawRect(8, 8, SIZE - 16, SIZE - 16);
        g.setStroke(new BasicStroke(3));
        g.drawRect(22, 22, SIZE - 44, SIZE - 44);
        int[] chars = legend.codePoints().toArray();
        int columns = chars.length <= 6 ? 2 : 3;
        int rows = (chars.length + columns - 1) / columns;
        float inner = SIZE - 60;
        float cellW = inner / columns;
        float cellH = inner / rows;
        g.setFont(base.deriveFont(Font.PLAIN, Math.min(cellW, cellH) * 0.92f));
        for (int i = 0; i < chars.length; i++) {
            int column = i / rows;
            int row = i % rows;
            String ch = Character.toString(chars[i]);
            float x = 30 + inner - (column + 1) * cellW + (cellW - g.getFontMetrics().stringWidth(ch)) / 2;
            float y = 30 + row * cellH + (cellH + g.getFontMetrics().getAscent() - g.getFontMetrics().getDescent()) / 2;
            g.drawString(ch, x, y);
        }
        g.dispose();
        return image;
    }
}
