package dev.cdcarchitect.rules.base;

import java.util.Locale;

/** Secret placeholders resolved by Kafka config providers; a secret value never appears in a design. */
public final class Secrets {

    public static final String DIR = "/opt/kafka/secrets";

    private Secrets() {}

    /** A FileConfigProvider reference, e.g. {@code ${file:/opt/kafka/secrets/postgres.properties:password}}. */
    public static String file(String file, String key) {
        return "${file:" + DIR + "/" + file + ":" + key + "}";
    }

    /**
     * The secret as this design resolves it: a config-provider reference where Kafka Connect workers exist, a
     * Quarkus environment expression ({@code ${POSTGRES_PASSWORD}}) when Kafka is ruled out and only Debezium
     * Server reads the settings.
     */
    public static String of(RuleContext ctx, String file, String key) {
        return ctx.noKafka() ? "${" + environment(file, key) + "}" : file(file, key);
    }

    /** The environment variable standing for a secret file's key: postgres.properties, password is POSTGRES_PASSWORD. */
    public static String environment(String file, String key) {
        String base = file.endsWith(".properties") ? file.substring(0, file.length() - ".properties".length()) : file;
        return (base + "_" + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }
}
