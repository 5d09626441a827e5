package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the exported connector config's placeholders for the local components and changes nothing else. Every
 * change is listed ({@link #changes()}) so the report says exactly where the rehearsal differs from production.
 */
final class LocalSubstitutions {

    private static final Pattern FILE_REF = Pattern.compile("\\$\\{file:([^:}]+):([^}]+)}");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{env:([A-Z0-9_]+)}");
    /** Client TLS/SASL settings: the local broker and database speak plaintext. */
    static final Pattern SECURITY_KEY = Pattern.compile("(.+\\.)?(security\\.protocol|sasl\\.[a-z.]+|ssl\\.[a-z.]+)");
    static final String BOOTSTRAP_VARIABLE = "CDC_BOOTSTRAP_SERVERS";
    /** The export turns the JDBC sink's {@code connection.url=jdbc:<replica url>} into {@code jdbc:${env:CDC_REPLICA_URL}}. */
    static final String REPLICA_URL_VARIABLE = "CDC_REPLICA_URL";

    private final List<String> changes = new ArrayList<>();
    private String dbHost = "127.0.0.1";
    private String dbName;
    /** Brokers of the cluster the rehearsal runs on: replication factors above it are capped. */
    private int maxReplicationFactor = 1;
    /** On a staging cluster the worker cannot read this machine's files: the rehearsal's password goes in the config. */
    private boolean inlineSecrets;

    /**
     * The connectors run on the user's staging cluster with {@code brokers} brokers: replication factors are capped at
     * that, and the rehearsal's own throwaway password is written into the config instead of a local secret file,
     * which the cluster's workers cannot read.
     */
    LocalSubstitutions forStagingCluster(int brokers) {
        this.maxReplicationFactor = Math.max(1, brokers);
        this.inlineSecrets = true;
        return this;
    }

    /** The source database is not a throwaway one on loopback ({@code --source-url}): its host and database. */
    LocalSubstitutions sourceDatabase(String host, String database) {
        this.dbHost = host;
        this.dbName = database;
        return this;
    }

    /**
     * @param secrets folder for the local secret files the worker's FileConfigProvider reads
     * @param dbPassword the throwaway database's password for the connector's user; written only to that folder
     */
    Map<String, String> apply(Map<String, String> exported, int dbPort, String bootstrapServers, Path secrets, String dbPassword) {
        return substitute(exported, dbPort, Map.of(BOOTSTRAP_VARIABLE, bootstrapServers), "database.password", secrets, dbPassword);
    }

    /**
     * The Debezium JDBC sink's connection: {@code ${env:CDC_REPLICA_URL}} in {@code connection.url} becomes the local
     * replica database, the {@code connection.password} file a local one; {@code connection.username} stays as exported.
     *
     * @param replicaUrl the JDBC URL without its {@code jdbc:} prefix, as the export's README asks for the variable
     */
    Map<String, String> applyToJdbcSink(Map<String, String> exported, String replicaUrl, Path secrets, String password) {
        return substitute(exported, -1, Map.of(REPLICA_URL_VARIABLE, replicaUrl), "connection.password", secrets, password);
    }

    private Map<String, String> substitute(Map<String, String> exported, int dbPort, Map<String, String> variables, String passwordKey,
                                           Path secrets, String password) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : exported.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (SECURITY_KEY.matcher(key).matches()) {
                changes.add(key + ": left out (the local broker and database are plaintext; TLS/SASL is not rehearsed)");
                continue;
            }
            String local = value;
            if (key.endsWith("hostname") && value.endsWith(".invalid")) local = dbHost;
            else if (key.equals("database.dbname") && dbName != null) local = dbName;
            else if (key.equals("database.port")) local = String.valueOf(dbPort);
            else if (key.endsWith("sslmode")) local = "disable";
            else if (key.endsWith("replication.factor") && value.matches("\\d+") && Integer.parseInt(value) > maxReplicationFactor) {
                local = String.valueOf(maxReplicationFactor);
            }
            local = fillEnv(key, local, variables);
            if (inlineSecrets && key.equals(passwordKey) && FILE_REF.matcher(local).find()) {
                changes.add(key + ": " + value + " -> the rehearsal's throwaway password, in the config (the staging cluster's workers "
                        + "cannot read a secret file on this machine; Connect stores it in its config topic until the connector is deleted)");
                out.put(key, password);
                continue;
            }
            local = localFile(key, local, passwordKey, secrets, password);
            if (!local.equals(value)) changes.add(key + ": " + value + " -> " + local + reason(key));
            out.put(key, local);
        }
        return out;
    }

    private String reason(String key) {
        if (key.endsWith("replication.factor")) return inlineSecrets ? " (" + maxReplicationFactor + " broker(s) on the staging cluster)" : " (one local broker)";
        if (key.endsWith("sslmode")) return " (the throwaway server has no TLS)";
        return " (local component)";
    }

    private static String fillEnv(String key, String value, Map<String, String> variables) {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String local = variables.get(m.group(1));
            if (local == null) {
                throw new RehearsalException("the connector's " + key + " uses ${env:" + m.group(1)
                        + "}, which the rehearsal cannot fill with a local value.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(local));
        }
        return m.appendTail(out).toString();
    }

    /** {@code ${file:/opt/...:password}} of the database password becomes a file of the same name in the temp folder. */
    private static String localFile(String key, String value, String passwordKey, Path secrets, String dbPassword) {
        Matcher m = FILE_REF.matcher(value);
        if (!m.find()) return value;
        if (!key.equals(passwordKey)) {
            throw new RehearsalException("the connector's " + key + " reads the secret file " + m.group(1)
                    + ", which the rehearsal has no local value for.");
        }
        Path local = secrets.resolve(Path.of(m.group(1)).getFileName().toString());
        try {
            Files.createDirectories(secrets);
            Files.writeString(local, m.group(2) + "=" + dbPassword + "\n");
        } catch (IOException e) {
            throw new RehearsalException("cannot write the local secret file " + local + " (" + e.getMessage() + ").", e);
        }
        return "${file:" + local + ":" + m.group(2) + "}";
    }

    /** Changes made elsewhere (the worker's properties), listed with the connector's. */
    void note(List<String> more) {
        changes.addAll(more);
    }

    List<String> changes() {
        return List.copyOf(changes);
    }
}
