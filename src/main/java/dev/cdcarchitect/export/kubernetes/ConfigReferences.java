package dev.cdcarchitect.export.kubernetes;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain export's config-provider references into the ones Strimzi's Kafka Connect resolves from the
 * Kubernetes API: a secret file ({@code ${file:/opt/kafka/secrets/postgres.properties:password}}) becomes a key of a
 * Secret ({@code ${secrets:kafka/cdc-postgres:password}}) and a setting left to the user ({@code ${env:CDC_ACCOUNT}})
 * a key of the settings ConfigMap ({@code ${configmaps:kafka/cdc-settings:CDC_ACCOUNT}}). No file has to be mounted,
 * and the values never pass through the Connect REST API. Remembers every Secret and key it referred to.
 */
final class ConfigReferences {

    static final String SETTINGS = "cdc-settings";
    private static final Pattern FILE = Pattern.compile("\\$\\{file:([^:}]+):([^}]+)}");
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)}");

    private final String namespace;
    private final Map<String, Set<String>> secrets = new TreeMap<>();
    private final Set<String> settings = new TreeSet<>();

    ConfigReferences(String namespace) {
        this.namespace = namespace;
    }

    String rewrite(String value) {
        Matcher file = FILE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (file.find()) {
            String secret = secretName(file.group(1));
            secrets.computeIfAbsent(secret, k -> new TreeSet<>()).add(file.group(2));
            file.appendReplacement(out, Matcher.quoteReplacement("${secrets:" + namespace + "/" + secret + ":" + file.group(2) + "}"));
        }
        file.appendTail(out);
        Matcher env = ENV.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (env.find()) {
            settings.add(env.group(1));
            env.appendReplacement(done, Matcher.quoteReplacement("${configmaps:" + namespace + "/" + SETTINGS + ":" + env.group(1) + "}"));
        }
        env.appendTail(done);
        return done.toString();
    }

    /** /opt/kafka/secrets/snowflake.properties is the Secret cdc-snowflake. */
    static String secretName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return Manifests.name("cdc-" + (dot > 0 ? file.substring(0, dot) : file));
    }

    /** Secret name to the keys referred to, sorted. */
    Map<String, Set<String>> secrets() {
        return secrets;
    }

    /** Keys of the settings ConfigMap, sorted. */
    Set<String> settings() {
        return settings;
    }
}
