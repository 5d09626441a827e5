package dev.cdcarchitect.rules.source;

/** Secret placeholders resolved by Kafka config providers; a secret value never appears in a design. */
public final class Secrets {

    public static final String DIR = "/opt/kafka/secrets";

    private Secrets() {}

    /** A FileConfigProvider reference, e.g. {@code ${file:/opt/kafka/secrets/postgres.properties:password}}. */
    public static String file(String file, String key) {
        return "${file:" + DIR + "/" + file + ":" + key + "}";
    }
}
