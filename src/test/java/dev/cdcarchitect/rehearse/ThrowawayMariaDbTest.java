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
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThrowawayMariaDbTest {

    @Test
    void missingBinariesSayWhichPackageToInstall(@TempDir Path emptyDir) {
        RehearsalException e = assertThrows(RehearsalException.class, () -> ThrowawayMariaDb.findBinaries(List.of(emptyDir)));
        assertTrue(e.getMessage().contains("install the Debian package mariadb-server"), e.getMessage());
        assertTrue(e.getMessage().contains(emptyDir.toString()), "names where it looked: " + e.getMessage());
    }

    @Test
    @Tag("rehearsal")
    void startsWithTheDesignsBinlogSettingsAndRemovesOnlyItsOwnFolder() throws Exception {
        Path folder;
        try (ThrowawayMariaDb db = ThrowawayMariaDb.start(Map.of("log_bin", "ON", "binlog_format", "ROW",
                "binlog_row_image", "FULL", "binlog_expire_logs_seconds", "259200"))) {
            folder = db.folder();
            assertTrue(Files.isDirectory(folder));
            try (Connection c = db.adminConnection("");
                 ResultSet rs = c.createStatement().executeQuery("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, "
                         + "@@binlog_expire_logs_seconds, @@bind_address")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals("ROW", rs.getString(2));
                assertEquals("FULL", rs.getString(3));
                assertEquals(259200, rs.getLong(4));
                assertEquals("127.0.0.1", rs.getString(5));
            }
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(""), ThrowawayMariaDb.ADMIN_USER, "wrong"),
                    "TCP connections check the password");
            assertFalse(Files.exists(folder.resolve("init.sql")), "the administrator's password does not stay on disk");
        }
        assertFalse(Files.exists(folder), "the temp folder is removed after stop");
        assertTrue(Files.isDirectory(folder.getParent()), "its parent stays");
    }

    @Test
    @Tag("rehearsal")
    void anUnknownSettingFailsWithTheServersOwnWords() {
        RehearsalException e = assertThrows(RehearsalException.class, () -> ThrowawayMariaDb.start(Map.of("gtid_mode", "ON")));
        assertTrue(e.getMessage().contains("gtid_mode") && e.getMessage().contains("MariaDB did not start"), e.getMessage());
    }
}
