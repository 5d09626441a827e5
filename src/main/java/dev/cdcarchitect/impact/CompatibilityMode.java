package dev.cdcarchitect.impact;

import java.util.Locale;
import java.util.Optional;

/**
 * A schema registry subject's compatibility level (Confluent Schema Registry names; Apicurio's BACKWARD/FORWARD/FULL
 * rules mean the same). With one earlier version, a transitive level decides the same as its plain form.
 */
public enum CompatibilityMode {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    /** New readers must read data written with the earlier schema. */
    public boolean checksBackward() { return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE; }

    /** Earlier readers must read data written with the new schema. */
    public boolean checksForward() { return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE; }

    public static Optional<CompatibilityMode> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
