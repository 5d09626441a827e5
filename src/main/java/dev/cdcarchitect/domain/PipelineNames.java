package dev.cdcarchitect.domain;


/** Names of connectors and topics, derived once so every rule and the diagram agree. */
public record PipelineNames(String topicPrefix, String sourceConnector, String connectGroup) {

    public static PipelineNames of(SourceEngine engine) {
        return new PipelineNames("app", "app-" + engine.slug() + "-source", "cdc-connect");
    }

    /** Data topics only: the transaction and signal topics share the prefix but are not table data. */
    public String dataTopicPattern() { return topicPrefix + "\\.(?!transaction$|signals$).+"; }

    public String exampleDataTopic(SourceEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> topicPrefix + ".public.orders";
            case MYSQL, MARIADB -> topicPrefix + ".shop.orders";
            case ORACLE -> topicPrefix + ".APP.ORDERS";
            case SQLSERVER -> topicPrefix + ".shop.dbo.orders";
            case MONGODB -> topicPrefix + ".shop.orders";
            case DB2 -> topicPrefix + ".DB2INST1.ORDERS";
            case CASSANDRA -> topicPrefix + ".shop.orders";
        };
    }

    /**
     * The change topic of a table the user named ("orders", "sales.orders"), qualified the way the connector
     * names topics; characters a topic name cannot hold become underscores.
     */
    public String dataTopic(SourceEngine engine, String table) {
        String qualified = table.indexOf('.') >= 0 ? table : exampleTable(engine, table);
        if (engine == SourceEngine.ORACLE || engine == SourceEngine.DB2) qualified = qualified.toUpperCase(java.util.Locale.ROOT);
        // SQL Server topics carry the database too: prefix.database.schema.table.
        if (engine == SourceEngine.SQLSERVER && qualified.indexOf('.') == qualified.lastIndexOf('.')) qualified = "shop." + qualified;
        return topicPrefix + "." + qualified.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** An example table name qualified the way the engine's include lists write it. */
    public static String exampleTable(SourceEngine engine, String table) {
        return switch (engine) {
            case POSTGRESQL -> "public." + table;
            case ORACLE -> "APP." + table.toUpperCase(java.util.Locale.ROOT);
            case SQLSERVER -> "dbo." + table;
            case DB2 -> "DB2INST1." + table.toUpperCase(java.util.Locale.ROOT);
            default -> "shop." + table;
        };
    }

    public String heartbeatTopic() { return "__debezium-heartbeat." + topicPrefix; }

    public String transactionTopic() { return topicPrefix + ".transaction"; }

    public String schemaHistoryTopic() { return "schema-history." + topicPrefix; }

    public String signalTopic() { return topicPrefix + ".signals"; }

    public String offsetsTopic() { return connectGroup + "-offsets"; }

    /** Debezium Server keeps its source offsets in this topic (Kafka Connect keeps them in offsetsTopic()). */
    public String serverOffsetsTopic() { return "debezium-server-offsets." + topicPrefix; }

    public String configsTopic() { return connectGroup + "-configs"; }

    public String statusTopic() { return connectGroup + "-status"; }

    public String sinkConnector(Target target) {
        String flavour = target.flavour().isEmpty() ? "" : "-" + target.flavour().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "app-" + target.kind().slug() + flavour + "-sink";
    }

    public String dlqTopic(Target target) { return "dlq." + sinkConnector(target); }

    /** Kafka Connect names a sink connector's consumer group "connect-" + connector name. */
    public String sinkGroup(Target target) { return "connect-" + sinkConnector(target); }
}
