package dev.cdcarchitect.export.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Replaces the two things that made every PDF differ from the last, just before it is saved: the creation date
 * (openhtmltopdf stamps the clock) becomes the given moment, or none; the file /ID (PDFBox draws it from the
 * clock) becomes a digest of the pages' content, so the same document always has the same identifier.
 */
final class ReproducibleMetadata implements PDFCreationListener {

    private final Instant created;

    /** @param created the creation date to record, or null for none */
    ReproducibleMetadata(Instant created) {
        this.created = created;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument pdf = renderer.getPdfDocument();
        pdf.getDocumentInformation().setCreationDate(created == null ? null : utc(created));
        pdf.getDocumentInformation().setModificationDate(null);
        byte[] id = Arrays.copyOf(digest(pdf), 16);
        COSArray pair = new COSArray();
        pair.add(new COSString(id));
        pair.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, pair);
    }

    private static Calendar utc(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static byte[] digest(PDDocument pdf) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PDPage page : pdf.getPages()) {
                try (InputStream content = page.getContents()) {
                    if (content != null) sha.update(content.readAllBytes());
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
