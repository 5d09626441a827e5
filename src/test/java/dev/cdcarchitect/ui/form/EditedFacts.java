package dev.cdcarchitect.ui.form;

/** The fact labels (and assumption fields) an edit of one form field may change; every other fact must read the same. */
final class EditedFacts {

    private EditedFacts() {}

    static String[] of(FormField field) {
        return switch (field) {
            case ENGINE -> new String[] {"engine", "version"};
            case VERSION -> new String[] {"version"};
            // "Aurora PostgreSQL" names engine and hosting in the same words, so the engine's words change with it
            case HOSTING -> new String[] {"hosting", "engine"};
            case VOLUME -> new String[] {"data volume", "volume", "largest table", "largest collection"};
            case RATE -> new String[] {"peak change rate", "average change rate", "transaction rate", "peak transaction rate", "peak rate"};
            case TARGETS -> new String[] {"target"};
            case PLATFORM -> new String[] {"Kafka platform", "transport"};
            case LATENCY -> new String[] {"latency objective"};
            case RETENTION -> new String[] {"Kafka retention"};
            // bursty changes the peak the intake derives from an average rate: that assumption moves with it
            case EXACTLY_ONCE -> new String[] {"delivery", "peak rate"};
            case COMPOSITE_KEYS, MISSING_KEYS -> new String[] {"keys", "peak rate"};
            default -> new String[] {"workload", "peak rate"};
        };
    }
}
