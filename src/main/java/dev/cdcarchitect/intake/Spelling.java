package dev.cdcarchitect.intake;

import java.util.List;
import java.util.Locale;

/** Suggests the product a misspelt word was probably meant to be ("Postgress" → PostgreSQL), for error messages. */
final class Spelling {

    private record Known(String spelling, String name) {}

    private static final List<Known> ENGINES = List.of(
            new Known("postgresql", "PostgreSQL"), new Known("postgres", "PostgreSQL"), new Known("mysql", "MySQL"),
            new Known("mariadb", "MariaDB"), new Known("oracle", "Oracle"), new Known("sqlserver", "SQL Server"),
            new Known("mongodb", "MongoDB"), new Known("cassandra", "Cassandra"), new Known("aurora", "Aurora"));
    private static final List<Known> TARGETS = List.of(
            new Known("snowflake", "Snowflake"), new Known("elasticsearch", "Elasticsearch"), new Known("opensearch", "OpenSearch"),
            new Known("bigquery", "BigQuery"), new Known("iceberg", "Iceberg"), new Known("databricks", "Databricks"),
            new Known("clickhouse", "ClickHouse"), new Known("redis", "Redis"), new Known("kafka", "Kafka"),
            new Known("confluent", "Confluent"), new Known("redpanda", "Redpanda"));

    private Spelling() {}

    static String engine(String text) { return closest(text, ENGINES); }

    static String target(String text) { return closest(text, TARGETS); }

    /** "Did you mean X?" for the first word within two edits of a known name, or "" when none is close. */
    private static String closest(String text, List<Known> known) {
        int words = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() < 4 || ++words > 200) continue; // short words match too much; long texts are not scanned whole
            for (Known k : known) {
                if (near(word, k.spelling())) return " Did you mean " + k.name() + " ('" + word + "')?";
            }
        }
        return "";
    }

    /**
     * One edit away, or two when it is a swap of letters ("orcale") or a long word with the right first letter
     * ("postgress"): "reads" is not Redis.
     */
    private static boolean near(String word, String known) {
        int d = distance(word, known, 2);
        if (d == 1) return true;
        if (d != 2) return false;
        char[] a = word.toCharArray();
        char[] b = known.toCharArray();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b) || word.length() >= 8 && word.charAt(0) == known.charAt(0);
    }

    /** Edit distance, given up once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > limit) return limit + 1;
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
