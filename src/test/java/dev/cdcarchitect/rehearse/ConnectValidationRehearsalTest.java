package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdcarchitect.cli.CdcArchitectCommand;
import dev.cdcarchitect.connect.ConnectRestClient;
import dev.cdcarchitect.connect.ConnectUrl;
import dev.cdcarchitect.connect.ConnectValidation;
import dev.cdcarchitect.connect.ConnectorFile;
import dev.cdcarchitect.connect.DesignedVersions;
import dev.cdcarchitect.connect.ExportedConnectors;
import dev.cdcarchitect.connect.Finding;
import dev.cdcarchitect.connect.ValidationReport;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --connect-url} against a real worker: the in-process Connect (Debezium 3.6.1's PostgreSQL connector
 * installed, no sink plugins) and a throwaway PostgreSQL set up with the seed spec's own SQL, so Debezium's connection
 * test inside the validation passes only when the config is right. One set of components for the whole class.
 */
@Tag("rehearsal")
class ConnectValidationRehearsalTest {

    private static final String SOURCE_FILE = "connect/app-postgres-source.json";
    private static final DesignResult.Generated SEED = SeedDesign.design();

    private static ThrowawayPostgres pg;
    private static InProcessKafka kafka;
    private static InProcessConnect connect;
    /** The seed's source connector with the local host, port, TLS mode and secret file filled in, as a user would. */
    private static Map<String, String> localSource;
    private static Path folder;

    @BeforeAll
    static void start() throws Exception {
        SpecDatabaseSetup setup = SpecDatabaseSetup.of(SEED);
        pg = ThrowawayPostgres.start(setup.serverSettings());
        kafka = InProcessKafka.start();
        connect = InProcessConnect.start(kafka.bootstrapServers(), Map.of());
        ConnectorConfig source = ExportedConfigs.connectors(new ConfigBundleBuilder().build(SEED)).stream()
                .filter(ConnectorConfig::source).findFirst().orElseThrow();
        String password = Passwords.random();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", pg.superuserPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + source.config().get("database.dbname") + "\"");
        }
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(source.config().get("database.dbname")), "postgres", pg.superuserPassword());
             Statement s = c.createStatement()) {
            ExampleWorkload.createTables(c, setup.capturedTables());
            for (String statement : setup.statementsWithPassword(password)) s.execute(statement);
        }
        localSource = new LocalSubstitutions().apply(source.config(), pg.port(), kafka.bootstrapServers(),
                connect.folder().resolve("secrets"), password);
        folder = Files.createTempDirectory("validate-seed");
        Files.createDirectories(folder.resolve("connect"));
        write(SOURCE_FILE, source.name(), localSource);
    }

    @AfterAll
    static void stop() throws Exception {
        try (ThrowawayPostgres p = pg; InProcessKafka k = kafka; InProcessConnect c = connect) {
            if (folder != null) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static void write(String file, String name, Map<String, String> config) throws Exception {
        Files.writeString(folder.resolve(file), new ObjectMapper().writeValueAsString(Map.of("name", name, "config", config)));
    }

    private static ConnectRestClient client() {
        return new ConnectRestClient(ConnectUrl.parse(connect.restUrl()), Duration.ofSeconds(60));
    }

    private static ValidationReport validate(List<ConnectorFile> connectors) throws InterruptedException {
        return new ConnectValidation(client(), DesignedVersions.current()).validate(connectors, line -> { });
    }

    /** The locally filled source config with one value changed, validated and printed. */
    private static ValidationReport validateLocalSourceWith(String key, String value) throws InterruptedException {
        Map<String, String> changed = new LinkedHashMap<>(localSource);
        changed.put(key, value);
        ValidationReport report = validate(List.of(new ConnectorFile(SOURCE_FILE, "app-postgres-source", changed)));
        System.out.println(String.join("\n", report.lines()));
        return report;
    }

    @Test
    void theSeedsSourceConfigValidatesCleanAndItsSinksAreReportedAsMissingPlugins() throws Exception {
        List<ConnectorFile> seed = new ArrayList<>();
        for (ConnectorFile c : ExportedConnectors.of(SEED)) {
            seed.add(c.file().equals(SOURCE_FILE) ? new ConnectorFile(c.file(), c.name(), localSource) : c);
        }
        ValidationReport report = validate(seed);
        String lines = String.join("\n", report.lines());
        System.out.println(lines);
        assertEquals(List.of(SOURCE_FILE), report.clean(), lines);
        assertEquals(List.of("connect/app-elasticsearch-sink.json", "connect/app-snowflake-sink.json"),
                report.findings().stream().filter(f -> f.kind() == Finding.Kind.MISSING_PLUGIN).map(Finding::file).sorted().toList(), lines);
        assertEquals(2, report.findings().size(), lines);
    }

    @Test
    void aPlantedWrongValueIsListedPerFieldInConnectsWords() throws Exception {
        ValidationReport report = validateLocalSourceWith("plugin.name", "wal2json_gone");
        String lines = String.join("\n", report.lines());
        assertFalse(report.passed(), lines);
        Finding f = report.findings().stream().filter(x -> x.field().equals("plugin.name")).findFirst().orElseThrow(() -> new AssertionError(lines));
        assertEquals(Finding.Kind.FIELD_ERROR, f.kind());
        assertTrue(f.line().startsWith(SOURCE_FILE + ": plugin.name \u2014 ") && f.message().contains("pgoutput"), f.line());
    }

    @Test
    void theRawExportsSecretFileThatTheWorkersLackIsNamedPerField() throws Exception {
        ValidationReport report = validate(ExportedConnectors.of(SEED).stream().filter(c -> c.file().equals(SOURCE_FILE)).toList());
        String lines = String.join("\n", report.lines());
        System.out.println(lines);
        assertTrue(report.lines().contains("FAIL " + SOURCE_FILE + ": database.password \u2014 the Connect workers cannot read the secret file "
                + "/opt/kafka/secrets/postgres.properties this field refers to: create it on every worker (readable by the worker's user) "
                + "with the keys the export's README lists, or point the reference at your own secret file."), lines);
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("no secret was read or sent")), lines);
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith(SOURCE_FILE + ": database.hostname is still the export")), lines);
    }

    @Test
    void thePlaceholderHostIsNamedWhenConnectsConnectionTestFails() throws Exception {
        ValidationReport report = validateLocalSourceWith("database.hostname", "primary-writer-endpoint.change-me.invalid");
        String lines = String.join("\n", report.lines());
        assertTrue(report.findings().stream().anyMatch(f -> f.field().equals("database.hostname")
                && f.message().endsWith("(the value is still the export's placeholder 'primary-writer-endpoint.change-me.invalid': fill it in)")), lines);
    }

    @Test
    void aConnectorClassThatIsNotInstalledIsAMissingPlugin() throws Exception {
        Map<String, String> config = Map.of("connector.class", "com.example.NotInstalledSinkConnector", "topics", "app.public.orders");
        ValidationReport report = validate(List.of(new ConnectorFile("connect/app-example-sink.json", "app-example-sink", config)));
        assertEquals(List.of(Finding.Kind.MISSING_PLUGIN), report.findings().stream().map(Finding::kind).toList(), report.lines().toString());
        assertTrue(report.findings().get(0).line().startsWith("connect/app-example-sink.json: connector.class \u2014 the plugin com.example.NotInstalledSinkConnector is not installed"));
        // What Connect itself answers when asked to validate a class it does not have (the path a race would take).
        var e = assertThrows(ConnectRestClient.ConnectRejectedException.class, () -> client().validate("com.example.NotInstalledSinkConnector", config));
        System.out.println("Connect for a missing class: HTTP " + e.status() + " " + e.getMessage());
        assertTrue(e.getMessage().contains("com.example.NotInstalledSinkConnector"), e.getMessage());
    }

    @Test
    void validatingEveryConfigCreatesNoConnector() throws Exception {
        Map<String, String> planted = new LinkedHashMap<>(localSource);
        planted.put("plugin.name", "wal2json_gone");
        List<ConnectorFile> all = new ArrayList<>(ExportedConnectors.of(SEED));
        all.add(new ConnectorFile(SOURCE_FILE, "app-postgres-source", localSource));
        all.add(new ConnectorFile(SOURCE_FILE, "app-postgres-source-planted", planted));
        validate(all);
        assertEquals(List.of(), client().connectors());
        assertEquals(List.of(), new ArrayList<>(connect.connectorNames()));
    }

    @Test
    void theCommandExitsZeroOnTheEditedFolderAndEightOnTheRawDesignWithoutShowingTheLogin() {
        String url = connect.restUrl().replace("http://", "http://cdc-user:s3cret-pass@");
        Run clean = run("validate", "--connect-url", url, "--configs", folder.toString());
        assertEquals(0, clean.code, clean.out + clean.err);
        assertTrue(clean.out.contains("PASS " + SOURCE_FILE), clean.out);
        Run raw = run("validate", "--connect-url", url, "--source", SeedDesign.SOURCE, "--target", SeedDesign.TARGET);
        System.out.println(raw.out + raw.err);
        assertEquals(8, raw.code, raw.out + raw.err);
        assertTrue(raw.out.contains("FAIL connect/app-snowflake-sink.json: connector.class \u2014 the plugin com.snowflake.kafka.connector.SnowflakeSinkConnector is not installed"), raw.out);
        assertTrue(raw.out.contains("FAIL " + SOURCE_FILE + ": database.password"), raw.out);
        assertFalse((clean.out + clean.err + raw.out + raw.err).contains("s3cret"), "the login is never shown");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CdcArchitectCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
