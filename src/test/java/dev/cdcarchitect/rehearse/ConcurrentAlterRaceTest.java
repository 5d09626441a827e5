package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * JDBC sink tasks that meet a new column together race on ALTER TABLE ... ADD COLUMN; the losers fail, and the
 * rehearsal restarts them as the spec's runbook says. Each database words the loss its own way.
 */
class ConcurrentAlterRaceTest {

    @Test
    void postgresWordsItAsAColumnThatAlreadyExists() {
        assertTrue(RelationalTargetRehearsal.lostAlterRace("org.postgresql.util.PSQLException: ERROR: column \"note\" of relation "
                + "\"app_public_orders\" already exists"));
    }

    /** Seen in the MariaDB replica rehearsal (error 1060, ER_DUP_FIELDNAME in MySQL and MariaDB). */
    @Test
    void mariaDbWordsItAsADuplicateColumnName() {
        assertTrue(RelationalTargetRehearsal.lostAlterRace("java.sql.SQLSyntaxErrorException: (conn=34) Duplicate column name 'note'"));
    }

    @Test
    void anyOtherFailureIsNotRestarted() {
        assertFalse(RelationalTargetRehearsal.lostAlterRace("java.sql.SQLSyntaxErrorException: (conn=12) Access denied for user "
                + "'replica_writer'@'127.0.0.1' to database 'replica_old'"));
    }
}
