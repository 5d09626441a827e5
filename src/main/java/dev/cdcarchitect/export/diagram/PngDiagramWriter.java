package dev.cdcarchitect.export.diagram;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** Rasterises the exported SVG with Batik, so PNG and SVG are one drawing; scale 2 for sharp text on review screens. */
public final class PngDiagramWriter {

    private static final float SCALE = 2f;

    public byte[] write(String svg, double width) {
        CapturingTranscoder transcoder = new CapturingTranscoder();
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) (width * SCALE));
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(transcoder.image, "png", png);
            return png.toByteArray();
        } catch (TranscoderException e) {
            throw new IllegalStateException("the diagram could not be rasterised: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the rendered image instead of encoding it (Batik's own PNG encoder lives in another module). */
    private static final class CapturingTranscoder extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            this.image = img;
        }
    }
}
