package dev.cdcarchitect.ui.marks;

/** The example: named objects, a keyless pair, a sensitive column and one number the intake cannot use. */
public final class ExampleTexts {

    public static final String SOURCE = "MySQL 8.0 on RDS with 3 databases (sales, billing, crm). Capture only the tables orders,"
            + " order_items and payments. The customers table has an ssn column that must never leave the database."
            + " Peak 8,000 row changes/s. WAL generation 200 GB/day. Tables audit_log and events_raw have no primary key.";
    public static final String TARGET = "Confluent Cloud; Snowflake with a 15-minute freshness SLO";

    private ExampleTexts() {}
}
