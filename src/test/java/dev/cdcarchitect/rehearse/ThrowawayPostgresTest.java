package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThrowawayPostgresTest {

    @Test
    void missingBinariesSayWhichPackageToInstall(@TempDir Path emptyRoot) {
        RehearsalException e = assertThrows(RehearsalException.class, () -> ThrowawayPostgres.findBinaries(emptyRoot));
        assertTrue(e.getMessage().contains("install the Debian package postgresql"), e.getMessage());
        assertTrue(e.getMessage().contains(emptyRoot.toString()), "names where it looked: " + e.getMessage());
    }

    @Test
    void picksTheNewestMajorVersion(@TempDir Path root) throws Exception {
        for (String v : new String[] {"9", "15", "13"}) {
            Path bin = Files.createDirectories(root.resolve(v).resolve("bin"));
            Files.createFile(bin.resolve("initdb"));
            Files.createFile(bin.resolve("pg_ctl"));
        }
        Files.createDirectories(root.resolve("16/bin")); // no binaries: a leftover folder of an uninstalled version
        assertEquals(root.resolve("15/bin"), ThrowawayPostgres.findBinaries(root));
    }

    @Test
    @Tag("rehearsal")
    void startsWithTheDesignsWalLevelAndRemovesOnlyItsOwnFolder() throws Exception {
        Path folder;
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(Map.of("wal_level", "logical", "max_replication_slots", "10"))) {
            folder = pg.folder();
            assertTrue(Files.isDirectory(folder));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", pg.superuserPassword());
                 ResultSet rs = c.createStatement().executeQuery("SHOW wal_level")) {
                assertTrue(rs.next());
                assertEquals("logical", rs.getString(1));
            }
            assertThrows(java.sql.SQLException.class, () -> DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "wrong"),
                    "TCP connections check the password");
        }
        assertFalse(Files.exists(folder), "the temp folder is removed after stop");
        assertTrue(Files.isDirectory(folder.getParent()), "its parent stays");
    }
}
