package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.SizingLine;

/** How many capacity units (e.g. Kinesis shards) the busiest table's destination needs, with the sizing line showing why. */
public record DestinationCapacity(int units, SizingLine line) {}
