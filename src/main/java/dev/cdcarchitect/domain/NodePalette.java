package dev.cdcarchitect.domain;

/**
 * Fill and stroke per node kind: the one source of the diagram's colours. The exported diagrams (SVG, PNG, PDF,
 * Mermaid, DOT) paint with it and the window's stylesheet states the same values, which NodePaletteCssTest holds.
 */
public record NodePalette(String fill, String stroke, boolean dashed) {

    public static NodePalette of(NodeKind kind) {
        return switch (kind) {
            case SOURCE_DATABASE -> new NodePalette("#ddf4ff", "#0969da", false);
            case SOURCE_CONNECTOR, SINK_CONNECTOR -> new NodePalette("#dafbe1", "#1a7f37", false);
            case DATA_TOPIC, TOPIC_GROUP, NATIVE_DESTINATION -> new NodePalette("#fff8c5", "#9a6700", false);
            case DLQ_TOPIC -> new NodePalette("#ffebe9", "#cf222e", false);
            case SCHEMA_REGISTRY -> new NodePalette("#fbefff", "#8250df", false);
            case CONSUMER_GROUP -> new NodePalette("#f6f8fa", "#57606a", true);
            case TARGET -> new NodePalette("#ddf4ff", "#0550ae", false);
            case CONNECT_CLUSTER -> new NodePalette("#eef1f4", "#8c959f", false);
            case DEBEZIUM_SERVER -> new NodePalette("#eef1f4", "#1a7f37", false);
            default -> new NodePalette("#f6f8fa", "#8c959f", false);
        };
    }
}
