package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The structured form: one property per field, validation messages per field, and conversion from the
 * parsed input. Holds no controls; the controller binds to it.
 */
public final class FormViewModel {

    public static final List<String> VOLUME_UNITS = List.of("GB", "TB", "PB");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(?:[.,]\\d{1,3})*(?:\\.\\d+)?");
    private static final Pattern VERSION = Pattern.compile("\\d{1,4}(?:\\.\\d{1,3}){0,2}(?:c|ai|g)?");

    public final ObjectProperty<SourceEngine> engine = new SimpleObjectProperty<>(SourceEngine.POSTGRESQL);
    public final ObjectProperty<Hosting> hosting = new SimpleObjectProperty<>(Hosting.SELF_MANAGED);
    public final StringProperty version = new SimpleStringProperty("14");
    public final StringProperty volume = new SimpleStringProperty("1");
    public final ObjectProperty<String> volumeUnit = new SimpleObjectProperty<>("TB");
    public final StringProperty rate = new SimpleStringProperty("1000");
    public final BooleanProperty updateHeavy = new SimpleBooleanProperty();
    public final BooleanProperty deleteHeavy = new SimpleBooleanProperty();
    public final BooleanProperty appendOnly = new SimpleBooleanProperty();
    public final BooleanProperty bursty = new SimpleBooleanProperty();
    public final BooleanProperty compositeKeys = new SimpleBooleanProperty();
    public final BooleanProperty missingKeys = new SimpleBooleanProperty();
    public final ObjectProperty<KafkaPlatform> platform = new SimpleObjectProperty<>(KafkaPlatform.APACHE_KAFKA);
    public final ObservableList<TargetKind> targets = FXCollections.observableArrayList();
    public final StringProperty replicaFlavour = new SimpleStringProperty("");
    public final BooleanProperty exactlyOnce = new SimpleBooleanProperty();
    public final StringProperty latencyMillis = new SimpleStringProperty("5000");
    public final StringProperty retentionDays = new SimpleStringProperty("7");

    public final StringProperty versionError = new SimpleStringProperty("");
    public final StringProperty volumeError = new SimpleStringProperty("");
    public final StringProperty rateError = new SimpleStringProperty("");
    public final StringProperty latencyError = new SimpleStringProperty("");
    public final StringProperty retentionError = new SimpleStringProperty("");
    /** Why the last form edit was not written into the texts, or empty. */
    public final StringProperty message = new SimpleStringProperty("");

    /** Fills every field from what the intake read; an edit that could not be written is dropped with its message. */
    public void fillFrom(DesignInput input) {
        message.set("");
        var s = input.source();
        engine.set(s.engine());
        hosting.set(s.hosting());
        version.set(s.version());
        double v = s.volumeBytes();
        String unit = v >= 1e15 ? "PB" : v >= 1e12 ? "TB" : "GB";
        double scaled = v / (unit.equals("PB") ? 1e15 : unit.equals("TB") ? 1e12 : 1e9);
        volume.set(trim(scaled));
        volumeUnit.set(unit);
        rate.set(String.valueOf(Math.round(s.peakChangesPerSecond())));
        updateHeavy.set(s.has(Workload.UPDATE_HEAVY));
        deleteHeavy.set(s.has(Workload.DELETE_HEAVY));
        appendOnly.set(s.has(Workload.APPEND_ONLY));
        bursty.set(s.has(Workload.BURSTY));
        compositeKeys.set(s.has(KeyTrait.COMPOSITE));
        missingKeys.set(s.has(KeyTrait.MISSING_PRIMARY_KEY));
        platform.set(input.platform());
        List<TargetKind> kinds = new ArrayList<>();
        String flavour = "";
        for (Target t : input.targets()) {
            kinds.add(t.kind());
            if (t.kind() == TargetKind.RELATIONAL_REPLICA) flavour = t.flavour();
        }
        // Compared as sets: the sinks have no order, and a fill that arrives inside the list's own change
        // notification (a sink edit designed at once) must not change the list there, or it stops notifying.
        if (!new HashSet<>(targets).equals(new HashSet<>(kinds))) targets.setAll(kinds);
        replicaFlavour.set(flavour);
        exactlyOnce.set(input.requirements().delivery() == DeliveryGuarantee.EXACTLY_ONCE);
        latencyMillis.set(String.valueOf(input.requirements().latencySloMillis()));
        retentionDays.set(String.valueOf(input.requirements().retentionDays()));
        validate();
    }

    /** Checks every field, sets the messages, and answers whether the form can be written back as text. */
    public boolean validate() {
        versionError.set(VERSION.matcher(version.get().strip()).matches() ? "" : "Version like 14, 8.0 or 19c.");
        volumeError.set(positive(volume.get()) ? "" : "Volume must be a positive number.");
        rateError.set(positive(rate.get()) ? "" : "Peak rate must be a positive number of changes per second.");
        latencyError.set(whole(latencyMillis.get(), 1, 86_400_000) ? "" : "Latency in milliseconds, 1 or more.");
        retentionError.set(whole(retentionDays.get(), 1, 3650) ? "" : "Retention in days, 1 to 3650.");
        return versionError.get().isEmpty() && volumeError.get().isEmpty() && rateError.get().isEmpty()
                && latencyError.get().isEmpty() && retentionError.get().isEmpty();
    }

    private static boolean positive(String text) {
        String t = text == null ? "" : text.strip();
        if (!NUMBER.matcher(t).matches()) return false;
        return Double.parseDouble(t.replace(",", "")) > 0;
    }

    private static boolean whole(String text, long min, long max) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,9}")) return false;
        long n = Long.parseLong(t);
        return n >= min && n <= max;
    }

    private static String trim(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
