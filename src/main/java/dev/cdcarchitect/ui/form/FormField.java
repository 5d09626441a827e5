package dev.cdcarchitect.ui.form;

import java.util.HashSet;
import java.util.List;
import javafx.beans.Observable;

/**
 * The fields of the structured form, each a unit of write-back: a change to one edits only that field's words
 * in the texts. {@link #agrees} says whether a text read back gives the value the form holds.
 */
public enum FormField {
    ENGINE, HOSTING, VERSION, VOLUME, RATE,
    UPDATE_HEAVY, DELETE_HEAVY, APPEND_ONLY, BURSTY, COMPOSITE_KEYS, MISSING_KEYS,
    PLATFORM, TARGETS, EXACTLY_ONCE, LATENCY, RETENTION;

    /** The properties whose change is an edit of this field. */
    public List<Observable> properties(FormViewModel f) {
        return switch (this) {
            case ENGINE -> List.of(f.engine);
            case HOSTING -> List.of(f.hosting);
            case VERSION -> List.of(f.version);
            case VOLUME -> List.of(f.volume, f.volumeUnit);
            case RATE -> List.of(f.rate);
            case UPDATE_HEAVY -> List.of(f.updateHeavy);
            case DELETE_HEAVY -> List.of(f.deleteHeavy);
            case APPEND_ONLY -> List.of(f.appendOnly);
            case BURSTY -> List.of(f.bursty);
            case COMPOSITE_KEYS -> List.of(f.compositeKeys);
            case MISSING_KEYS -> List.of(f.missingKeys);
            case PLATFORM -> List.of(f.platform);
            case TARGETS -> List.of(f.targets);
            case EXACTLY_ONCE -> List.of(f.exactlyOnce);
            case LATENCY -> List.of(f.latencyMillis);
            case RETENTION -> List.of(f.retentionDays);
        };
    }

    /** Whether {@code read} (filled from a text read back) holds what {@code wanted} holds in this field. */
    boolean agrees(FormViewModel wanted, FormViewModel read) {
        return switch (this) {
            case ENGINE -> wanted.engine.get() == read.engine.get();
            case HOSTING -> wanted.hosting.get() == read.hosting.get();
            case VERSION -> wanted.version.get().strip().equalsIgnoreCase(read.version.get());
            case VOLUME -> close(FormValues.volumeBytes(wanted), FormValues.volumeBytes(read), 0.005);
            case RATE -> close(FormValues.number(wanted.rate.get()), FormValues.number(read.rate.get()), 0.0005);
            case PLATFORM -> wanted.platform.get() == read.platform.get();
            case TARGETS -> new HashSet<>(wanted.targets).equals(new HashSet<>(read.targets));
            case LATENCY -> FormValues.number(wanted.latencyMillis.get()) == FormValues.number(read.latencyMillis.get());
            case RETENTION -> FormValues.number(wanted.retentionDays.get()) == FormValues.number(read.retentionDays.get());
            default -> FormValues.toggle(this, wanted).get() == FormValues.toggle(this, read).get();
        };
    }

    private static boolean close(double a, double b, double relative) {
        return Math.abs(a - b) <= Math.max(0.5, relative * Math.abs(a));
    }
}
