package dev.cdcarchitect.rules.source;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The databases, schemas, tables and columns the user named, written the way one engine's Debezium connector
 * filters expect them: qualified with the namespace the engine uses (schema, or database for MySQL and MongoDB),
 * regex-escaped where the property takes regular expressions, upper-cased where the engine stores unquoted
 * identifiers that way. Where nothing was named, the connector keeps its placeholder settings.
 */
public final class CaptureScope {

    private static final String REGEX_META = "\\.[]{}()*+?^$|";

    private final SourceEngine engine;
    private final SourceFacts facts;
    private final List<String> namedNamespaces;
    /** Oracle on Amazon RDS over LogMiner is designed as a non-CDB (see OracleKnowledge): its database has no PDB. */
    private final boolean oracleNonCdb;

    private CaptureScope(SourceEngine engine, SourceFacts facts, boolean oracleNonCdb) {
        this.engine = engine;
        this.facts = facts;
        this.oracleNonCdb = oracleNonCdb;
        this.namedNamespaces = facts.objects(namespaceKind()).stream().map(o -> ident(o.name())).distinct().toList();
    }

    public static CaptureScope of(RuleContext ctx) {
        boolean oracleNonCdb = ctx.engine() == SourceEngine.ORACLE && !OracleKnowledge.pdb(ctx);
        return new CaptureScope(ctx.engine(), ctx.input().facts(), oracleNonCdb);
    }

    public static CaptureScope of(SourceEngine engine, SourceFacts facts) {
        return new CaptureScope(engine, facts, false);
    }

    // ------------------------------------------------------------------ names

    /** Schemas qualify tables in PostgreSQL, SQL Server, Oracle and Db2; databases (keyspaces) elsewhere. */
    private ObjectKind namespaceKind() {
        return switch (engine) {
            case POSTGRESQL, SQLSERVER, ORACLE, DB2 -> ObjectKind.SCHEMA;
            default -> ObjectKind.DATABASE;
        };
    }

    /** The namespace a bare table name is taken to live in when none was named; the first four are real defaults. */
    String defaultNamespace() {
        return switch (engine) {
            case POSTGRESQL -> "public";
            case SQLSERVER -> "dbo";
            case ORACLE -> "APP";
            case DB2 -> "DB2INST1";
            default -> "shop";
        };
    }

    private boolean upperCase() { return engine == SourceEngine.ORACLE || engine == SourceEngine.DB2; }

    /** Oracle's LogMiner query uses log.mining.query.filter.mode=in: its schema and table lists are literal names. */
    private boolean literalTableFilters() { return engine == SourceEngine.ORACLE; }

    private String ident(String name) { return upperCase() ? name.toUpperCase(Locale.ROOT) : name; }

    /** The namespaces bare names are qualified with: the named ones, or the engine's default. */
    public List<String> namespaces() {
        return namedNamespaces.isEmpty() ? List.of(defaultNamespace()) : namedNamespaces;
    }

    /** The first namespace, for objects the design adds itself (signal table). */
    public String namespace() { return namespaces().get(0); }

    public List<String> databases() {
        return facts.objects(ObjectKind.DATABASE).stream().map(o -> ident(o.name())).distinct().toList();
    }

    /** The first named database, or the given placeholder. */
    public String database(String placeholder) {
        List<String> named = databases();
        return named.isEmpty() ? placeholder : named.get(0);
    }

    /** Qualified names ("public.orders") of the named tables with a role; a bare name is qualified with every namespace. */
    public List<String> tables(ObjectRole role) {
        Set<String> out = new LinkedHashSet<>();
        for (NamedObject t : facts.objects(ObjectKind.TABLE, role)) out.addAll(qualify(t.name()));
        return List.copyOf(out);
    }

    /**
     * The named tables without a primary key; when such tables are only stated ("some tables without primary keys"),
     * one example name that stands for them, so their events still get a key and the user sees where to list them.
     */
    public List<String> keylessTables(boolean stated) {
        List<String> named = tables(ObjectRole.KEYLESS);
        if (!named.isEmpty() || !stated) return named;
        return List.of(namespace() + "." + ident("audit_log"));
    }

    /** Qualified names ("public.customers.ssn") of the named columns with a role; a bare column is "*.*.ssn". */
    public List<String> columns(ObjectRole role) {
        Set<String> out = new LinkedHashSet<>();
        for (NamedObject c : facts.objects(ObjectKind.COLUMN, role)) {
            String column = ident(c.simpleName());
            if (c.columnTable().isEmpty()) {
                out.add("*.*." + column);
            } else {
                for (String table : qualify(c.columnTable())) out.add(table + "." + column);
            }
        }
        return List.copyOf(out);
    }

    private List<String> qualify(String name) {
        String[] parts = name.split("\\.");
        if (parts.length >= 2) return List.of(ident(parts[parts.length - 2]) + "." + ident(parts[parts.length - 1]));
        List<String> out = new ArrayList<>();
        for (String ns : namespaces()) out.add(ns + "." + ident(name));
        return out;
    }

    /** The captured tables, or the given example when none were named (snippets that enable capture per table). */
    public List<String> capturedOr(String example) {
        List<String> named = tables(ObjectRole.CAPTURED);
        return named.isEmpty() ? List.of(example) : named;
    }

    /** "dbo" of "dbo.orders". */
    public static String schemaOf(String qualified) { return qualified.substring(0, qualified.lastIndexOf('.')); }

    /** "orders" of "dbo.orders". */
    public static String tableOf(String qualified) { return qualified.substring(qualified.lastIndexOf('.') + 1); }

    /** True when bare names were qualified with the engine's default namespace rather than a named one. */
    public boolean assumedNamespace() { return namedNamespaces.isEmpty(); }

    // ------------------------------------------------------------------ filters

    /** Escapes regex metacharacters, so "public.orders" matches only itself (Debezium anchors each expression). */
    public static String regex(String name) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (REGEX_META.indexOf(ch) >= 0) out.append('\\');
            out.append(ch);
        }
        return out.toString();
    }

    /** A named column as a column.exclude.list expression; a bare column matches that name in every table. */
    public String columnPattern(String qualified) {
        if (engine == SourceEngine.MONGODB || engine == SourceEngine.CASSANDRA) return qualified; // names with * wildcards
        if (qualified.startsWith("*.*.")) return "[^.]+\\.[^.]+\\." + regex(qualified.substring(4));
        return regex(qualified);
    }

    private String filter(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) out.add(literalTableFilters() ? n : regex(n));
        return String.join(",", out);
    }

    private String tableKey(boolean include) {
        String kind = engine == SourceEngine.MONGODB ? "collection" : "table";
        return kind + (include ? ".include.list" : ".exclude.list");
    }

    /** The connector property that names the database(s), or empty where the engine has none to set here. */
    String databaseKey() {
        return switch (engine) {
            case POSTGRESQL, DB2 -> "database.dbname";
            // a non-CDB has no PDB: Debezium says not to set database.pdb.name there
            // (https://debezium.io/documentation/reference/stable/connectors/oracle.html#pluggable-vs-non-pluggable-databases)
            case ORACLE -> oracleNonCdb ? "database.dbname" : "database.pdb.name";
            case SQLSERVER -> "database.names";
            case MYSQL, MARIADB, MONGODB -> "database.include.list";
            case CASSANDRA -> "";
        };
    }

    /** Engines whose connector reads exactly one database: more named databases need more connectors. */
    public boolean oneDatabasePerConnector() {
        return engine == SourceEngine.POSTGRESQL || engine == SourceEngine.DB2 || engine == SourceEngine.ORACLE;
    }

    /**
     * The include/exclude settings the named objects give, in the order a connector config lists them. Include and
     * exclude lists of one kind are never both set (Debezium rejects the pair).
     */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        if (engine == SourceEngine.CASSANDRA) return out; // the agent filters by "WITH cdc = true" per table
        List<String> captured = tables(ObjectRole.CAPTURED);
        List<String> excluded = tables(ObjectRole.EXCLUDED);
        List<String> dbs = databases();
        if (!dbs.isEmpty()) {
            String key = databaseKey();
            if (engine == SourceEngine.SQLSERVER) out.put(key, String.join(",", dbs));
            else if (oneDatabasePerConnector()) out.put(key, dbs.get(0));
            else if (engine != SourceEngine.MONGODB || captured.isEmpty() && excluded.isEmpty()) out.put(key, filter(dbs));
        }
        if (namespaceKind() == ObjectKind.SCHEMA && !namedNamespaces.isEmpty() && captured.isEmpty()) {
            out.put("schema.include.list", filter(namedNamespaces));
        }
        if (!captured.isEmpty()) out.put(tableKey(true), filter(captured));
        else if (!excluded.isEmpty()) out.put(tableKey(false), filter(excluded));
        return out;
    }

    /** Keys of the connector's placeholder settings that the named objects replace or make wrong. */
    private Set<String> replacedKeys() {
        Set<String> keys = new LinkedHashSet<>(settings().keySet());
        boolean tablesNamed = !tables(ObjectRole.CAPTURED).isEmpty() || !tables(ObjectRole.EXCLUDED).isEmpty();
        boolean mongoDatabases = engine == SourceEngine.MONGODB && !databases().isEmpty();
        // A placeholder such as "public\..*" or "shop\..*" would filter out, or contradict, what was named.
        if (tablesNamed || keys.contains("schema.include.list") || mongoDatabases) keys.add(tableKey(true));
        return keys;
    }

    /** The connector's own settings minus the placeholders the named objects replace. */
    public List<ConfigEntry> withoutReplaced(List<ConfigEntry> placeholders) {
        Set<String> replaced = replacedKeys();
        return placeholders.stream().filter(e -> !replaced.contains(e.key())).toList();
    }

    /** message.key.columns for tables without a primary key: "ns\.table:&lt;table key columns&gt;;..." */
    public String keyColumns(List<String> qualifiedTables) {
        List<String> entries = new ArrayList<>();
        for (String table : qualifiedTables) {
            String simple = table.substring(table.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            entries.add(regex(table) + ":<" + simple + " key columns>");
        }
        return String.join(";", entries);
    }
}
