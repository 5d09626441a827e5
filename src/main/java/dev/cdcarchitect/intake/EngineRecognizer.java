package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.SourceEngine;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the source engine, its hosting and its version in the source text. */
final class EngineRecognizer {

    record Recognized(SourceEngine engine, Hosting hosting, String version, String otherEngines) {}

    private static final InputField SOURCE = InputField.SOURCE;

    private record EnginePattern(SourceEngine engine, Hosting hosting, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * Order matters only for ties at the same position: specific forms (Aurora PostgreSQL) first. A version may be
     * written against the name ("MySQL8.0", "Oracle19c"), as "pg16" always could.
     */
    private static final List<EnginePattern> ENGINES = List.of(
            engine(SourceEngine.POSTGRESQL, Hosting.AWS_AURORA, "\\baurora[\\s-]*(?:postgres(?:ql)?|pg)\\b"),
            engine(SourceEngine.MYSQL, Hosting.AWS_AURORA, "\\baurora[\\s-]*mysql\\b"),
            engine(SourceEngine.POSTGRESQL, null, "\\bpostgres(?:ql)?(?:\\b|(?=\\d))|\\bpostgre\\b|\\bpgsql\\b|\\bpg[\\s-]?(?=\\d{1,2}\\b)|\\balloydb\\b"),
            engine(SourceEngine.MARIADB, null, "\\bmaria[\\s-]?db(?:\\b|(?=\\d))"),
            engine(SourceEngine.MYSQL, null, "\\bmysql(?:\\b|(?=\\d))|\\bpercona\\b"),
            engine(SourceEngine.ORACLE, null, "\\boracle(?:\\b|(?=\\d))|\\bexadata\\b"),
            engine(SourceEngine.SQLSERVER, Hosting.AZURE, "\\bazure\\s+sql(?:\\s+(?:database|managed\\s+instance))?\\b(?!\\s+server)"),
            engine(SourceEngine.SQLSERVER, null, "\\bsql[\\s-]?server\\b|\\bmssql\\b|\\bms[\\s-]sql\\b"),
            engine(SourceEngine.MONGODB, null, "\\bmongo(?:[\\s-]?db)?(?:\\b|(?=\\d))"),
            engine(SourceEngine.DB2, null, "\\bdb2\\b"),
            engine(SourceEngine.CASSANDRA, null, "\\bcassandra(?:\\b|(?=\\d))|\\bdatastax\\b"));

    private static final Pattern UNSUPPORTED = Pattern.compile(
            "\\b(dynamo\\s?db|cockroach\\s?db|cockroach|sybase|teradata|sqlite|redis|snowflake|bigquery|spanner|vitess"
                    + "|informix|tidb|yugabyte(?:db)?|neo4j|couchbase|couchdb|firebird|sap hana|hana|hbase|firestore"
                    + "|cosmos\\s?db|elasticsearch|influx\\s?db|timescale\\s?db|clickhouse|scylla(?:db)?|documentdb)\\b",
            FLAGS);

    /** Right after the engine name: "14", "v16", "8.0.35", "19c", "23ai"; a bare number followed by a unit is a count. */
    private static final Pattern VERSION_AFTER_ENGINE = Pattern.compile(
            "\\G[\\s:,(-]*+(?:(?:flexible|single|server|xtradb|cluster|luw|enterprise|community|compatible|edition)\\s++){0,3}(?:(?:v|ver\\.?|version|release)\\s*+[:=]?\\s*+)?"
                    + "(\\d{1,4}\\.\\d{1,3}(?:\\.\\d{1,3})?(?![\\d.]*\\s*(?:tb|gb|mb|pb|k\\b|m\\b|tps|%|x\\b|ms\\b|s\\b))"
                    + "|\\d{1,4}(?:c|ai|g|i)\\b"
                    + "|\\d{1,4}(?!\\d|[.,]\\d|\\s*(?:tb|gb|mb|pb|tib|gib|k\\b|m\\b|tps|%|x\\b|rows|tables|collections|ms|s\\b|nodes?|shards?"
                    + "|replicas?|members?|instances?|databases?|schemas?|days?|hours?|h\\b|d\\b|min|[a-z]+\\s*(?:/|per\\b))))",
            FLAGS);
    private static final Pattern VERSION_ANYWHERE = Pattern.compile("\\bversion\\s*[:=]?\\s*(\\d{1,4}(?:\\.\\d{1,3}){0,2})", FLAGS);
    private static final Pattern PATCH_LEVEL = Pattern.compile("\\s*(?:sp|cu|fp|ru)\\s?\\d{1,2}\\b", FLAGS);
    private static final Pattern ORACLE_RELEASE = Pattern.compile("\\b(1[0-9]|2[0-9])(c|ai|g)\\b", FLAGS);

    private static final Pattern RDS = Pattern.compile("\\b(?:on\\s+)?(?:amazon |aws )?rds\\b(?:\\s+for\\s+\\w+)?", FLAGS);
    private static final Pattern AURORA = Pattern.compile("\\b(?:on\\s+)?(?:amazon |aws )?aurora\\b", FLAGS);
    private static final Pattern CLOUD_SQL = Pattern.compile("\\b(?:on\\s+)?(?:google |gcp )?cloud[\\s-]?sql\\b", FLAGS);
    private static final Pattern ALLOYDB = Pattern.compile("\\b(?:on\\s+)?(?:google |gcp )?alloydb\\b", FLAGS);
    private static final Pattern AZURE = Pattern.compile(
            "\\b(?:on\\s+)?azure(?!\\s+(?:vms?|virtual\\s+machines)\\b)(?:\\s+(?:database\\s+for(?:\\s+(?:postgres(?:ql)?|mysql|maria\\s?db))?|sql(?:\\s+managed\\s+instance|\\s+database)?|cosmos\\s+db))?"
                    + "(?:\\s+(?:flexible|single)\\s+server)?\\b", FLAGS);
    private static final Pattern ATLAS = Pattern.compile("\\b(?:on\\s+)?(?:mongodb\\s+)?atlas\\b", FLAGS);
    private static final Pattern SELF_MANAGED = Pattern.compile(
            "self[\\s-]*(?:managed|hosted)|\\bon[\\s-]*prem(?:ise|ises)?\\b|\\bbare[\\s-]*metal\\b|\\bon\\s+(?:(?:aws|azure|gcp|google)\\s+)?(?:ec2|gce|vms?|virtual machines)\\b"
                    + "|\\bin\\s+our\\s+(?:own\\s+)?data\\s*cent(?:er|re)\\b", FLAGS);
    /** Kubernetes operators run the database on the user's own cluster: self-managed, with the operator named. */
    private static final Pattern KUBERNETES = Pattern.compile(
            "\\b(?:(?:on|in)\\s+)?(?:kubernetes|k8s|openshift)\\b(?:\\s+(?:with|via|using)\\s+(?:the\\s+)?[\\w-]+(?:\\s+operator)?)?"
                    + "|\\b(?:cloudnativepg|cnpg|crunchy(?:\\s+(?:data|pgo))?|zalando(?:\\s+postgres)?\\s+operator|percona\\s+(?:\\w+\\s+)?operator"
                    + "|mongodb\\s+(?:community\\s+|enterprise\\s+)?(?:kubernetes\\s+)?operator|k8ssandra|cass-operator)\\b", FLAGS);

    private EngineRecognizer() {}

    private static EnginePattern engine(SourceEngine engine, Hosting hosting, String regex) {
        return new EnginePattern(engine, hosting, Pattern.compile(regex, FLAGS));
    }

    static Recognized recognize(SpanLedger ledger) {
        String text = ledger.unused(SOURCE);
        EnginePattern best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestEnd = 0;
        StringBuilder others = new StringBuilder();
        for (EnginePattern candidate : ENGINES) {
            Matcher m = candidate.pattern().matcher(text);
            if (m.find()) {
                if (m.start() < bestStart) {
                    if (best != null && best.engine() != candidate.engine()) appendName(others, best.engine());
                    best = candidate;
                    bestStart = m.start();
                    bestEnd = m.end();
                } else if (best.engine() != candidate.engine()) {
                    appendName(others, candidate.engine());
                }
            }
        }
        if (best == null) {
            throw unknownEngine(text);
        }
        String version = version(ledger, text, best, bestEnd);
        ledger.fact(SOURCE, bestStart, bestEnd, "engine", best.engine().displayName());
        Hosting hosting = best.hosting();
        if (hosting != null) {
            ledger.fact(SOURCE, bestStart, bestEnd, "hosting", hosting.displayName());
        } else {
            hosting = hosting(ledger, best.engine());
        }
        return new Recognized(best.engine(), hosting, version, others.toString());
    }

    private static void appendName(StringBuilder names, SourceEngine engine) {
        if (names.indexOf(engine.displayName()) >= 0) return;
        if (names.length() > 0) names.append(", ");
        names.append(engine.displayName());
    }

    private static InputProblem unknownEngine(String text) {
        Matcher unsupported = UNSUPPORTED.matcher(text);
        String supported = "Supported source engines: " + SourceEngine.supportedList() + ".";
        if (unsupported.find()) {
            return new InputProblem("source_database",
                    "'" + unsupported.group(1) + "' is not a source engine this tool designs CDC pipelines for.",
                    supported);
        }
        return new InputProblem("source_database", "names no database engine I recognise." + Spelling.engine(text),
                supported + " Start with the engine and version, e.g. 'PostgreSQL 14, 50TB, 10k TPS'.");
    }

    private static Hosting hosting(SpanLedger ledger, SourceEngine engine) {
        boolean postgresOrMysql = engine == SourceEngine.POSTGRESQL || engine == SourceEngine.MYSQL;
        if (engine == SourceEngine.MONGODB && hostingFact(ledger, ATLAS, Hosting.MONGODB_ATLAS)) return Hosting.MONGODB_ATLAS;
        if (postgresOrMysql && hostingFact(ledger, AURORA, Hosting.AWS_AURORA)) return Hosting.AWS_AURORA;
        if (hostingFact(ledger, RDS, Hosting.AWS_RDS)) return Hosting.AWS_RDS;
        if (engine == SourceEngine.POSTGRESQL && hostingFact(ledger, ALLOYDB, Hosting.GCP_ALLOYDB)) return Hosting.GCP_ALLOYDB;
        if (hostingFact(ledger, CLOUD_SQL, Hosting.GCP_CLOUD_SQL)) return Hosting.GCP_CLOUD_SQL;
        if (hostingFact(ledger, AZURE, Hosting.AZURE)) return Hosting.AZURE;
        Matcher k8s = ledger.matcher(SOURCE, KUBERNETES);
        if (k8s.find()) {
            ledger.fact(SOURCE, k8s.start(), k8s.end(), "hosting", Hosting.SELF_MANAGED.displayName() + " (Kubernetes operator)");
            return Hosting.SELF_MANAGED;
        }
        if (hostingFact(ledger, SELF_MANAGED, Hosting.SELF_MANAGED)) return Hosting.SELF_MANAGED;
        return null;
    }

    private static boolean hostingFact(SpanLedger ledger, Pattern pattern, Hosting hosting) {
        return ledger.factAll(SOURCE, pattern, "hosting", hosting.displayName());
    }

    private static String version(SpanLedger ledger, String text, EnginePattern named, int afterEngine) {
        SourceEngine engine = named.engine();
        Matcher m = VERSION_AFTER_ENGINE.matcher(text).useTransparentBounds(true);
        if (versionAt(m, afterEngine, text.length())) return versionFact(ledger, engine, m.start(1), m.end(1), m.group(1));
        // "Percona Server for MySQL 8.0", "DataStax Enterprise on Cassandra 3.11": the version follows a later mention
        Matcher again = named.pattern().matcher(text);
        again.region(afterEngine, text.length());
        while (again.find()) {
            if (versionAt(m, again.end(), text.length())) {
                ledger.use(SOURCE, again.start(), again.end());
                return versionFact(ledger, engine, m.start(1), m.end(1), m.group(1));
            }
        }
        if (engine == SourceEngine.ORACLE) {
            Matcher release = ORACLE_RELEASE.matcher(text);
            if (release.find()) return versionFact(ledger, engine, release.start(), release.end(), release.group());
        }
        Matcher anywhere = VERSION_ANYWHERE.matcher(text);
        return anywhere.find() ? versionFact(ledger, engine, anywhere.start(), anywhere.end(), anywhere.group(1)) : null;
    }

    /** Anchored at {@code at}: a find() would try every later position, quadratic over many engine mentions. */
    private static boolean versionAt(Matcher m, int at, int length) {
        m.region(at, length);
        return m.lookingAt();
    }

    private static String versionFact(SpanLedger ledger, SourceEngine engine, int start, int end, String version) {
        String v = version.toLowerCase(Locale.ROOT);
        // a service pack, cumulative update or fix pack right after the version belongs to it: "2016 SP3", "11.5 FP8"
        Matcher patch = PATCH_LEVEL.matcher(ledger.unused(SOURCE));
        int patchEnd = patch.region(end, ledger.unused(SOURCE).length()).lookingAt() ? patch.end() : end;
        ledger.fact(SOURCE, start, patchEnd, "version", engine.displayName() + " " + v);
        return v;
    }
}
