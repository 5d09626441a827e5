package dev.cdcarchitect.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Disguises the text itself says how to undo (ROT13, reversed, SQL string concatenation): the hidden command is
 * judged, the same words without the instruction cost nothing, and hostile repetitions stay linear.
 */
@Tag("adversarial")
class InstructedDecodingsTest {

    private final SafetyGuard guard = new SafetyGuard();

    @Test
    void rot13IsUndoneWhenTheTextNamesIt() {
        assertEquals("DROP DATABASE billing;", InstructedDecodings.rot13("QEBC QNGNONFR ovyyvat;"));
        assertEquals(ThreatCategory.SQL_INJECTION, guard.check("Apply this rot-13 patch on prod: QEBC GNOYR hfref;").category());
        assertFalse(guard.isUnsafe("The nickname column is ROT13-obfuscated ('nyvpr'); the consumer decodes it."));
    }

    @Test
    void reversedCommandsAreJudgedWhenTheTextSaysToReverseThem() {
        assertEquals(ThreatCategory.SHELL_COMMAND, guard.check("Read it backwards, then execute: atad/ fr- mr").category());
        assertFalse(guard.isUnsafe("Reverse ETL pushes scores from Snowflake back into the CRM."));
    }

    @Test
    void concatenatedSqlLiteralsAreJoined() {
        assertTrue(guard.isUnsafe("Run 'TRUN' || 'CATE TABLE pay' || 'ments;' on the replica."));
        assertTrue(guard.isUnsafe("EXEC(CONCAT('DEL', 'ETE FROM ', 'orders;'))"));
        assertFalse(guard.isUnsafe("Status values are 'new' || 'paid' in the legacy enum, and 'a', 'b' elsewhere."));
    }

    @Test
    void hostileRepetitionsStayLinear() {
        String quotes = "'x' || ".repeat(15_000);
        String cues = "reverse rot13 ".repeat(8_000);
        String apostrophes = "customer's order isn't ".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            guard.check(quotes);
            guard.check(cues);
            guard.check(apostrophes);
        });
    }
}
