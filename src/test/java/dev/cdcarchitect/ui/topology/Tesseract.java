package dev.cdcarchitect.ui.topology;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Reads the text of an image with the tesseract command (Debian package tesseract-ocr). Missing tesseract fails. */
final class Tesseract {

    static final String MISSING = "tesseract is not installed: the OCR test needs the Debian package tesseract-ocr "
            + "(apt-get install -y tesseract-ocr; CI installs it in .ci/run)";

    private Tesseract() {}

    static String read(BufferedImage image) {
        try {
            Path png = Files.createTempFile("diagram-ocr", ".png");
            try {
                ImageIO.write(image, "png", png.toFile());
                // --psm 6: one block of text, which a node box is.
                Process process = start("tesseract", png.toString(), "stdout", "--psm", "6");
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new AssertionError("tesseract failed on " + png + " (exit " + process.exitValue() + ")");
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(png);
            }
        } catch (IOException e) {
            throw new AssertionError("OCR could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Process start(String... command) throws IOException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread each: the boxes are read in parallel, and OpenMP threads only contend for the same cores.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            return builder.start();
        } catch (IOException e) {
            throw new AssertionError(MISSING, e);
        }
    }
}
