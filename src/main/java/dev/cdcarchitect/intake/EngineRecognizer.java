package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.SourceEngine;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the source engine, its hosting and its version in the source text. */
final class EngineRecognizer {

    record Recognized(SourceEngine engine, Hosting hosting, String version, String otherEngines) {}

    private record EnginePattern(SourceEngine engine, Hosting hosting, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Order matters only for ties at the same position: specific forms (Aurora PostgreSQL) first. */
    private static final List<EnginePattern> ENGINES = List.of(
            engine(SourceEngine.POSTGRESQL, Hosting.AWS_AURORA, "\\baurora[\\s-]*(?:postgres(?:ql)?|pg)\\b"),
            engine(SourceEngine.MYSQL, Hosting.AWS_AURORA, "\\baurora[\\s-]*mysql\\b"),
            engine(SourceEngine.POSTGRESQL, null, "\\bpostgres(?:ql)?\\b|\\bpostgre\\b|\\bpgsql\\b|\\bpg[\\s-]?(?=\\d{1,2}\\b)|\\balloydb\\b"),
            engine(SourceEngine.MARIADB, null, "\\bmaria[\\s-]?db\\b"),
            engine(SourceEngine.MYSQL, null, "\\bmysql\\b|\\bpercona\\b"),
            engine(SourceEngine.ORACLE, null, "\\boracle\\b|\\bexadata\\b"),
            engine(SourceEngine.SQLSERVER, null, "\\bsql[\\s-]?server\\b|\\bmssql\\b|\\bms[\\s-]sql\\b|\\bazure sql\\b"),
            engine(SourceEngine.MONGODB, null, "\\bmongo(?:db)?\\b"),
            engine(SourceEngine.DB2, null, "\\bdb2\\b"),
            engine(SourceEngine.CASSANDRA, null, "\\bcassandra\\b|\\bdatastax\\b"));

    private static final Pattern UNSUPPORTED = Pattern.compile(
            "\\b(dynamo\\s?db|cockroach\\s?db|cockroach|sybase|teradata|sqlite|redis|snowflake|bigquery|spanner|vitess"
                    + "|informix|tidb|yugabyte(?:db)?|neo4j|couchbase|couchdb|firebird|sap hana|hana|hbase|firestore"
                    + "|cosmos\\s?db|elasticsearch|influx\\s?db|timescale\\s?db|clickhouse|scylla(?:db)?|documentdb)\\b",
            FLAGS);

    private static final Pattern VERSION_AFTER_ENGINE = Pattern.compile(
            "\\G[\\s:,]*+(?:(?:v|ver\\.?|version|release)\\s*+)?"
                    + "(\\d{1,4}(?:\\.\\d{1,3}){0,2}(?:c|ai|g|i)?)(?![\\d.]*\\s*(?:tb|gb|mb|pb|k\\b|m\\b|tps|%|x\\b|rows|tables|ms|s\\b|node|shard|replica))",
            FLAGS);
    private static final Pattern VERSION_ANYWHERE = Pattern.compile("\\bversion\\s*(\\d{1,4}(?:\\.\\d{1,3}){0,2})", FLAGS);
    private static final Pattern ORACLE_RELEASE = Pattern.compile("\\b(1[0-9]|2[0-9])(c|ai|g)\\b", FLAGS);

    private static final Pattern RDS = Pattern.compile("\\b(?:amazon |aws )?rds\\b", FLAGS);
    private static final Pattern AURORA = Pattern.compile("\\baurora\\b", FLAGS);
    private static final Pattern CLOUD_SQL = Pattern.compile("\\bcloud[\\s-]?sql\\b", FLAGS);
    private static final Pattern ALLOYDB = Pattern.compile("\\balloydb\\b", FLAGS);
    private static final Pattern AZURE = Pattern.compile("\\bazure\\b", FLAGS);
    private static final Pattern ATLAS = Pattern.compile("\\batlas\\b", FLAGS);
    private static final Pattern SELF_MANAGED = Pattern.compile("self[\\s-]*(?:managed|hosted)|on[\\s-]*prem(?:ise|ises)?\\b|\\bbare[\\s-]*metal\\b", FLAGS);

    private EngineRecognizer() {}

    private static EnginePattern engine(SourceEngine engine, Hosting hosting, String regex) {
        return new EnginePattern(engine, hosting, Pattern.compile(regex, FLAGS));
    }

    static Recognized recognize(String text) {
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
        Hosting hosting = best.hosting() != null ? best.hosting() : hosting(text, best.engine());
        return new Recognized(best.engine(), hosting, version(text, best.engine(), bestEnd), others.toString());
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
        return new InputProblem("source_database", "names no database engine I recognise.",
                supported + " Start with the engine and version, e.g. 'PostgreSQL 14, 50TB, 10k TPS'.");
    }

    private static Hosting hosting(String text, SourceEngine engine) {
        if (ATLAS.matcher(text).find() && engine == SourceEngine.MONGODB) return Hosting.MONGODB_ATLAS;
        if (AURORA.matcher(text).find()
                && (engine == SourceEngine.POSTGRESQL || engine == SourceEngine.MYSQL)) return Hosting.AWS_AURORA;
        if (RDS.matcher(text).find()) return Hosting.AWS_RDS;
        if (ALLOYDB.matcher(text).find() && engine == SourceEngine.POSTGRESQL) return Hosting.GCP_ALLOYDB;
        if (CLOUD_SQL.matcher(text).find()) return Hosting.GCP_CLOUD_SQL;
        if (AZURE.matcher(text).find()) return Hosting.AZURE;
        if (SELF_MANAGED.matcher(text).find()) return Hosting.SELF_MANAGED;
        return null;
    }

    private static String version(String text, SourceEngine engine, int afterEngine) {
        Matcher m = VERSION_AFTER_ENGINE.matcher(text);
        if (m.find(afterEngine)) return m.group(1).toLowerCase(Locale.ROOT);
        if (engine == SourceEngine.ORACLE) {
            Matcher release = ORACLE_RELEASE.matcher(text);
            if (release.find()) return release.group(0).toLowerCase(Locale.ROOT);
        }
        Matcher anywhere = VERSION_ANYWHERE.matcher(text);
        return anywhere.find() ? anywhere.group(1) : null;
    }
}
