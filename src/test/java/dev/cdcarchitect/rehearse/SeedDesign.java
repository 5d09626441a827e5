package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;

/** The seed design of the project (README) that issue 15 asks to rehearse first. */
final class SeedDesign {

    static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private SeedDesign() {}

    static DesignResult.Generated design() {
        return (DesignResult.Generated) new DesignService().design(SOURCE, TARGET);
    }
}
