package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.TopologyNode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Checks with OCR that a node's name can be read where it is drawn: the picture is cut to the node's box on screen
 * (at screen resolution, never enlarged) and every word of the name must be in what tesseract reads there. Case,
 * spaces and punctuation are ignored (a wrapped "connect-app-" / "elasticsearch-sink" still reads), a name cut to
 * "elasticsear…" or too small to read is not.
 */
final class NodeNameOcr {

    private NodeNameOcr() {}

    /** The words a name must show: its runs of letters and digits, lower case, look-alike glyphs merged. */
    static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).map(NodeNameOcr::alike).toList();
    }

    /** OCR text reduced to letters and digits, so line breaks and OCR's spacing do not matter. */
    static String normalise(String ocr) {
        return alike(ocr.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ""));
    }

    /**
     * The only OCR noise forgiven: glyphs that look alike at 11-12 px (tesseract reads the bold "cdc" as "cde", "dlq" as "dig").
     * Applied to both sides, it never lets a missing or cut word through.
     */
    static String alike(String text) {
        return text.replace('e', 'c').replace('1', 'l').replace('i', 'l').replace('0', 'o').replace('q', 'g');
    }

    /** The names not read, each with what OCR saw instead; empty when every node's name was read. */
    static List<String> unread(WritableImage picture, List<TopologyNode> nodes, java.util.function.Function<String, Bounds> onPicture) {
        BufferedImage image = toBufferedImage(picture);
        List<String> problems = new ArrayList<>();
        List<TopologyNode> inside = new ArrayList<>();
        List<BufferedImage> crops = new ArrayList<>();
        for (TopologyNode node : nodes) {
            Bounds box = onPicture.apply(node.id());
            if (box == null || box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > image.getWidth() || box.getMaxY() > image.getHeight()) {
                problems.add(node.label() + ": not inside the picture (" + box + ")");
                continue;
            }
            inside.add(node);
            crops.add(image.getSubimage((int) box.getMinX(), (int) box.getMinY(), (int) box.getWidth(), (int) box.getHeight()));
        }
        // One tesseract process per box, two at a time: most of each run is the process starting.
        List<String> seen = java.util.stream.IntStream.range(0, crops.size()).parallel().mapToObj(i -> Tesseract.read(crops.get(i))).toList();
        for (int i = 0; i < inside.size(); i++) {
            String text = normalise(seen.get(i));
            List<String> missing = words(inside.get(i).label()).stream().filter(w -> !text.contains(w)).toList();
            if (!missing.isEmpty()) problems.add(inside.get(i).label() + ": missing " + missing + " in '" + seen.get(i).strip().replace('\n', '/') + "'");
        }
        return problems;
    }

    static BufferedImage toBufferedImage(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        int[] pixels = new int[w * h];
        fx.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }
}
