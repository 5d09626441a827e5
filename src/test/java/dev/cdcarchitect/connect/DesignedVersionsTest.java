package dev.cdcarchitect.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignedVersionsTest {

    private final DesignedVersions versions = new DesignedVersions("3.6.1.Final");

    @Test
    void anotherMinorOrMajorDebeziumIsAMismatchAPatchReleaseIsNot() {
        String pg = "io.debezium.connector.postgresql.PostgresConnector";
        assertTrue(versions.mismatch(new InstalledPlugin(pg, "source", "3.4.0.Final")).isPresent());
        assertTrue(versions.mismatch(new InstalledPlugin(pg, "source", "2.7.3.Final")).isPresent());
        assertEquals(Optional.empty(), versions.mismatch(new InstalledPlugin(pg, "source", "3.6.0.Final")));
        assertEquals(Optional.empty(), versions.mismatch(new InstalledPlugin("com.snowflake.kafka.connector.SnowflakeSinkConnector", "sink", "1.0")));
        assertEquals(Optional.empty(), versions.mismatch(new InstalledPlugin(pg, "source", "unknown")));
    }

    @Test
    void aUrlIsShownWithoutItsLogin() {
        ConnectUrl url = ConnectUrl.parse("https://ops:secret@connect.example.com:8083/base/");
        assertEquals("https://connect.example.com:8083/base", url.shown());
        assertEquals("https://connect.example.com:8083/base/connector-plugins", url.resolve("connector-plugins").toString());
        assertTrue(url.basicAuthorization().isPresent());
        assertEquals(Optional.empty(), ConnectUrl.parse("http://localhost:8083").basicAuthorization());
    }
}
