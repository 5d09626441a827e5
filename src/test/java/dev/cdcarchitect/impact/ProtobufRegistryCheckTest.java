package dev.cdcarchitect.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Apicurio Registry's Protobuf checker decides known Protobuf evolutions under every compatibility level. */
class ProtobufRegistryCheckTest {

    private static String proto(String body) {
        return "syntax = \"proto3\";\npackage shop.public.orders;\n\nmessage Value {\n" + body + "}\n";
    }

    private static final String BEFORE = proto("  int64 id = 1;\n  int64 qty = 2;\n");

    @Test
    void anAddedFieldIsBackwardCompatibleButNotForward() {
        String after = proto("  int64 id = 1;\n  int64 qty = 2;\n  string note = 3;\n");
        assertTrue(check(after, CompatibilityMode.BACKWARD).accepted());
        assertTrue(check(after, CompatibilityMode.BACKWARD_TRANSITIVE).accepted());
        // Apicurio's rules (after protolock): the earlier schema sees the new field as one removed without reservation.
        var forward = check(after, CompatibilityMode.FORWARD);
        assertFalse(forward.accepted());
        assertTrue(forward.reasons().stream().anyMatch(r -> r.contains("removed without reservation")), forward.reasons()::toString);
        assertFalse(check(after, CompatibilityMode.FORWARD_TRANSITIVE).accepted());
    }

    @Test
    void fullNeedsBothDirectionsAndSaysWhereApicurioItselfDiffers() {
        String after = proto("  int64 id = 1;\n  int64 qty = 2;\n  string note = 3;\n");
        for (CompatibilityMode full : new CompatibilityMode[] {CompatibilityMode.FULL, CompatibilityMode.FULL_TRANSITIVE}) {
            var v = check(after, full);
            assertTrue(v.backwardCompatible());
            assertFalse(v.forwardCompatible());
            assertFalse(v.accepted(), full + " means backward and forward");
            assertTrue(v.reasons().stream().anyMatch(r -> r.contains("Apicurio Registry 3.1.7 itself accepts it under " + full)), v.reasons()::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(value = CompatibilityMode.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aFieldTypeChangedFromInt64ToStringIsRefusedUnderEveryLevel(CompatibilityMode mode) {
        var v = check(proto("  int64 id = 1;\n  string qty = 2;\n"), mode);
        assertFalse(v.accepted());
        assertTrue(v.reasons().stream().anyMatch(r -> r.contains("Field type changed")), v.reasons()::toString);
    }

    @Test
    void noLevelChecksNothing() {
        var v = check(proto("  int64 id = 1;\n  string qty = 2;\n"), CompatibilityMode.NONE);
        assertTrue(v.accepted());
        assertFalse(v.backwardCompatible());
        assertTrue(v.reasons().isEmpty());
    }

    @Test
    void aFieldRemovedWithoutReservingItsNumberAndNameIsRefusedBackward() {
        assertRefusedBecause(proto("  int64 id = 1;\n"), CompatibilityMode.BACKWARD, "removed without reservation");
    }

    @Test
    void aFieldNumberReusedByAnotherFieldIsRefused() {
        // what the converter's positional numbering does when a column is dropped and another added in its place
        assertRefusedBecause(proto("  int64 id = 1;\n  int64 quantity = 2;\n"), CompatibilityMode.BACKWARD, "Field name changed");
    }

    @Test
    void aFieldNumberChangedIsRefused() {
        assertRefusedBecause(proto("  int64 id = 1;\n  int64 qty = 3;\n"), CompatibilityMode.BACKWARD, "field id changed");
    }

    @Test
    void reservedStatementsWhichTheConverterNeverWritesAreRefusedWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> check(proto("  reserved 2;\n  int64 id = 1;\n"), CompatibilityMode.BACKWARD));
        assertTrue(e.getMessage().contains("reserved statements"), e.getMessage());
    }

    @Test
    void theVerdictNamesTheChecker() {
        var v = check(BEFORE, CompatibilityMode.FULL_TRANSITIVE);
        assertTrue(v.accepted());
        assertEquals(ProtobufRegistryCheck.CHECKER, v.checker());
    }

    private static void assertRefusedBecause(String after, CompatibilityMode mode, String reason) {
        var v = check(after, mode);
        assertFalse(v.accepted(), mode::toString);
        assertTrue(v.reasons().stream().anyMatch(r -> r.contains(reason)), v.reasons()::toString);
    }

    private static RegistryCheck.Verdict check(String after, CompatibilityMode mode) {
        return ProtobufRegistryCheck.check(BEFORE, after, mode);
    }
}
