package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.SourceEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds log mechanisms in the text that belong to another engine, e.g. "MySQL 8 with replication slots"; each is a question. */
public final class Contradictions {

    private record Mechanism(Pattern pattern, Set<SourceEngine> owners, String ownerLog) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final List<Mechanism> MECHANISMS = List.of(
            new Mechanism(Pattern.compile("replication slots?|pgoutput|wal2json|decoderbufs|logical decoding|wal_level|replica identity", FLAGS),
                    EnumSet.of(SourceEngine.POSTGRESQL), "PostgreSQL logical decoding"),
            new Mechanism(Pattern.compile("\\bbinlogs?\\b|\\bbinary log\\b|binlog_format|\\bgtids?\\b", FLAGS),
                    EnumSet.of(SourceEngine.MYSQL, SourceEngine.MARIADB), "the MySQL/MariaDB binlog"),
            new Mechanism(Pattern.compile("logminer|supplemental logging|archivelog|xstream|\\bscn\\b", FLAGS),
                    EnumSet.of(SourceEngine.ORACLE), "Oracle redo/LogMiner"),
            new Mechanism(Pattern.compile("change streams?|\\boplog\\b|resume tokens?", FLAGS),
                    EnumSet.of(SourceEngine.MONGODB), "MongoDB change streams"),
            new Mechanism(Pattern.compile("sp_cdc_|capture instances?|sql server agent", FLAGS),
                    EnumSet.of(SourceEngine.SQLSERVER), "SQL Server CDC tables"));

    private Contradictions() {}

    /** Whether the words name a log mechanism of another engine ("Binlog retention" for PostgreSQL). */
    public static boolean belongsElsewhere(String words, SourceEngine engine) {
        for (Mechanism mechanism : MECHANISMS) {
            if (!mechanism.owners().contains(engine) && mechanism.pattern().matcher(words).find()) return true;
        }
        return false;
    }

    static List<String> find(String text, SourceEngine engine) {
        List<String> warnings = new ArrayList<>();
        for (Mechanism mechanism : MECHANISMS) {
            Matcher m = mechanism.pattern().matcher(text);
            if (m.find() && !mechanism.owners().contains(engine)) {
                warnings.add("The source text mentions '" + m.group() + "', which belongs to " + mechanism.ownerLog()
                        + ", but the source is " + engine.displayName() + ", which captures from its "
                        + engine.logName() + ". This specification follows " + engine.displayName()
                        + ". Is " + engine.displayName() + " the source engine?");
            }
        }
        return warnings;
    }
}
