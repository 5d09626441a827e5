package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own binaries, with its data directory in a temp folder and on a free loopback
 * port, for one rehearsal. Closing it stops the server and removes that folder (and only that folder).
 */
public final class ThrowawayPostgres implements PostgresServer {

    static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
    private static final Pattern SAFE_SETTING = Pattern.compile("[A-Za-z0-9_.]+");

    private final Path bin;
    private final Path folder;
    private final int port;
    private final List<String> runAs;
    /** Connections over TCP need a password (scram-sha-256), so a wrong or missing password fails as in production. */
    private final String superuserPassword = Passwords.random();
    private ExitHook exitHook;

    private ThrowawayPostgres(Path bin, Path folder, int port, List<String> runAs) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.runAs = runAs;
    }

    /** Starts a server with the design's server settings ({@code wal_level=logical}, ...) and waits until it accepts connections. */
    public static ThrowawayPostgres start(Map<String, String> serverSettings) {
        Path bin = findBinaries(DEBIAN_ROOT);
        Path folder = TempFolder.create("PostgreSQL");
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, folder, LocalPorts.free(), runAsCommand(folder));
        pg.exitHook = new ExitHook("stop-throwaway-postgres", pg::close);
        try {
            pg.initialise();
            pg.startServer(serverSettings);
            return pg;
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** The bin folder of the newest installed major version that has initdb and pg_ctl. */
    static Path findBinaries(Path root) {
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.exists(b.resolve("initdb")) && Files.exists(b.resolve("pg_ctl")))
                        .forEach(candidates::add);
            } catch (IOException e) {
                throw new RehearsalException("cannot list " + root + " (" + e.getMessage() + ").", e);
            }
        }
        return candidates.stream().max(Comparator.comparingInt(ThrowawayPostgres::majorVersion))
                .orElseThrow(() -> new RehearsalException("PostgreSQL server binaries (initdb, pg_ctl) not found under " + root
                        + "/*/bin: install the Debian package postgresql (apt-get install postgresql), or rehearse against "
                        + "your own development database."));
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : -1;
    }

    /** As root, hand the folder to an unprivileged user and run every PostgreSQL program as that user. */
    private static List<String> runAsCommand(Path folder) {
        if (!ServerFolder.asRoot()) return List.of();
        ServerFolder.handToUnprivilegedUser(folder, "PostgreSQL");
        return List.of("runuser", "-u", ServerFolder.UNPRIVILEGED_USER, "--");
    }

    private void initialise() {
        Path passwordFile = folder.resolve("superuser-password");
        try {
            Files.writeString(passwordFile, superuserPassword + "\n");
            ExternalCommand.run(command(bin.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", "postgres",
                    "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + passwordFile,
                    "-E", "UTF8", "--locale=C", "--no-sync"), 120);
        } catch (IOException e) {
            throw new RehearsalException("cannot write in PostgreSQL's temp folder " + folder + " (" + e.getMessage() + ").", e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // removed with the folder at close
            }
        }
    }

    /** The password of the superuser {@code postgres}; generated per server, never printed. */
    public String superuserPassword() {
        return superuserPassword;
    }

    private void startServer(Map<String, String> settings) {
        StringBuilder options = new StringBuilder("-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1");
        settings.forEach((key, value) -> {
            if (!SAFE_SETTING.matcher(key).matches() || !SAFE_SETTING.matcher(value).matches()) {
                throw new RehearsalException("the design's PostgreSQL setting '" + key + " = " + value
                        + "' is not a plain name and value; the rehearsal does not pass it to the server.");
            }
            options.append(" -c ").append(key).append('=').append(value);
        });
        try {
            ExternalCommand.run(command(bin.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-o", options.toString(),
                    "-l", log().toString(), "-w", "-t", "60", "start"), 90);
        } catch (RehearsalException e) {
            throw new RehearsalException("PostgreSQL did not start: " + e.getMessage() + ServerFolder.logTail(log()), e);
        }
    }

    private List<String> command(String... args) {
        List<String> out = new ArrayList<>(runAs);
        out.addAll(List.of(args));
        return out;
    }

    private Path dataDir() {
        return folder.resolve("data");
    }

    private Path log() {
        return folder.resolve("server.log");
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public String database(String designDatabase) {
        return designDatabase;
    }

    /** Creates the design's database (unless it is {@code postgres}) and connects to it as the superuser. */
    @Override
    public java.sql.Connection admin(String designDatabase) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), "postgres", superuserPassword);
             java.sql.Statement s = c.createStatement()) {
            if (!"postgres".equals(designDatabase)) s.execute("CREATE DATABASE \"" + designDatabase.replace("\"", "\"\"") + "\"");
        }
        return java.sql.DriverManager.getConnection(jdbcUrl(designDatabase), "postgres", superuserPassword);
    }

    /** The server was started with the settings: nothing to report. */
    @Override
    public List<String> serverSettingProblems(java.sql.Connection admin, Map<String, String> settings) {
        return List.of();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        if (exitHook != null && !exitHook.firstClose()) return;
        try {
            if (Files.exists(dataDir().resolve("postmaster.pid"))) {
                // Immediate: the folder is deleted next, so the shutdown checkpoint "fast" waits for (seconds on a
                // busy machine) would write data nobody reads again.
                ExternalCommand.run(command(bin.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-m", "immediate", "-w", "stop"), 60);
            }
        } finally {
            TempFolder.delete(folder);
        }
    }
}
