package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A MariaDB server of the machine's own binaries ({@code mariadb-install-db}, {@code mariadbd}), with its data
 * directory, socket, pid file and log in a temp folder and on a free loopback port, for one rehearsal. Closing it
 * stops the server and removes that folder (and only that folder).
 */
public final class ThrowawayMariaDb implements AutoCloseable {

    /** Where Debian's mariadb-server puts its programs. */
    static final List<Path> DEBIAN_DIRS = List.of(Path.of("/usr/bin"), Path.of("/usr/sbin"));
    /** The rehearsal's own administrator: created by the server's init file, over TCP with a password. */
    static final String ADMIN_USER = "rehearsal_admin";
    private static final Pattern SAFE_SETTING = Pattern.compile("[A-Za-z0-9_.']*");
    private static final long START_TIMEOUT_MS = 60_000;

    private final Binaries binaries;
    private final Path folder;
    private final int port;
    private final String adminPassword = Passwords.random();
    private ExitHook exitHook;
    private Process server;

    /** The two programs a throwaway server needs. */
    record Binaries(Path installDb, Path server) {}

    private ThrowawayMariaDb(Binaries binaries, Path folder, int port) {
        this.binaries = binaries;
        this.folder = folder;
        this.port = port;
    }

    /**
     * Starts a server with the design's server settings (binlog_format=ROW, ...) passed as {@code --name=value}
     * options, and waits until the rehearsal's administrator can log in over TCP.
     */
    public static ThrowawayMariaDb start(Map<String, String> serverSettings) {
        Binaries binaries = findBinaries(DEBIAN_DIRS);
        Path folder = TempFolder.create("MariaDB");
        ThrowawayMariaDb db = new ThrowawayMariaDb(binaries, folder, LocalPorts.free());
        db.exitHook = new ExitHook("stop-throwaway-mariadb", db::close);
        try {
            db.initialise();
            db.startServer(serverSettings);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Binaries findBinaries(List<Path> dirs) {
        Optional<Path> installDb = find(dirs, "mariadb-install-db");
        Optional<Path> server = find(dirs, "mariadbd");
        if (installDb.isEmpty() || server.isEmpty()) {
            throw new RehearsalException("MariaDB server binaries (mariadb-install-db, mariadbd) not found in " + dirs
                    + ": install the Debian package mariadb-server (apt-get install mariadb-server), or rehearse against your "
                    + "own development database.");
        }
        return new Binaries(installDb.get(), server.get());
    }

    private static Optional<Path> find(List<Path> dirs, String program) {
        return dirs.stream().map(d -> d.resolve(program)).filter(Files::isExecutable).findFirst();
    }

    /** The settings this server's mariadbd accepts, as {@code mariadbd --verbose --help} lists them (dashes as underscores). */
    public static java.util.Set<String> knownSettings() {
        String help = ExternalCommand.run(List.of(findBinaries(DEBIAN_DIRS).server().toString(), "--no-defaults", "--verbose", "--help"), 60);
        java.util.Set<String> out = new java.util.HashSet<>();
        boolean table = false;
        for (String line : help.split("\n")) {
            if (line.startsWith("-------")) table = true;
            else if (table && !line.isBlank()) out.add(line.split("\\s+")[0].replace('-', '_'));
        }
        return out;
    }

    /** As root, the server drops to the unprivileged user ({@code --user}), who must own the folder it writes in. */
    private List<String> userOption() {
        if (!ServerFolder.asRoot()) return List.of();
        ServerFolder.handToUnprivilegedUser(folder, "MariaDB");
        return List.of("--user=" + ServerFolder.UNPRIVILEGED_USER);
    }

    private void initialise() {
        List<String> command = new ArrayList<>(List.of(binaries.installDb().toString(), "--no-defaults",
                "--datadir=" + dataDir(), "--skip-test-db", "--skip-name-resolve", "--auth-root-authentication-method=socket"));
        command.addAll(userOption());
        ExternalCommand.run(command, 120);
    }

    private void startServer(Map<String, String> settings) {
        Path initFile = folder.resolve("init.sql");
        List<String> command = new ArrayList<>(List.of(binaries.server().toString(), "--no-defaults",
                "--datadir=" + dataDir(), "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve",
                "--socket=" + folder.resolve("mariadb.sock"), "--pid-file=" + folder.resolve("mariadb.pid"),
                "--log-error=" + log(), "--init-file=" + initFile));
        command.addAll(userOption());
        settings.forEach((key, value) -> {
            if (!SAFE_SETTING.matcher(key).matches() || key.isEmpty() || !SAFE_SETTING.matcher(value).matches()) {
                throw new RehearsalException("the design's MariaDB setting '" + key + " = " + value
                        + "' is not a plain name and value; the rehearsal does not pass it to the server.");
            }
            command.add("--" + key + "=" + value.replace("'", ""));
        });
        try {
            // Read once at start-up with the server's full rights: the only way in is this administrator over TCP.
            Files.writeString(initFile, "CREATE USER '" + ADMIN_USER + "'@'127.0.0.1' IDENTIFIED BY '" + adminPassword + "';\n"
                    + "GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN_USER + "'@'127.0.0.1' WITH GRANT OPTION;\n");
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("stdout.log").toFile())).start();
            awaitAdminLogin();
        } catch (IOException e) {
            throw new RehearsalException("cannot start mariadbd in " + folder + " (" + e.getMessage() + ").", e);
        } finally {
            try {
                Files.deleteIfExists(initFile);
            } catch (IOException ignored) {
                // removed with the folder at close
            }
        }
    }

    private void awaitAdminLogin() {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!server.isAlive()) {
                throw new RehearsalException("MariaDB did not start (mariadbd exit " + server.exitValue() + ")." + ServerFolder.logTail(log(), folder.resolve("stdout.log")));
            }
            try (Connection c = adminConnection("")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RehearsalException("interrupted while MariaDB started.", e);
            }
        }
        throw new RehearsalException("MariaDB did not accept connections within " + START_TIMEOUT_MS / 1000 + " s ("
                + (last == null ? "no attempt" : last.getMessage()) + ")." + ServerFolder.logTail(log(), folder.resolve("stdout.log")));
    }

    /** A connection as the rehearsal's administrator (all privileges) to {@code database} ("" for none). */
    public Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), ADMIN_USER, adminPassword);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    private Path dataDir() {
        return folder.resolve("data");
    }

    private Path log() {
        return folder.resolve("server.log");
    }

    @Override
    public void close() {
        if (exitHook != null && !exitHook.firstClose()) return;
        try {
            stopServer();
        } finally {
            TempFolder.delete(folder);
        }
    }

    /** SIGTERM is mariadbd's normal shutdown; a server that does not stop within 60 s is killed. */
    private void stopServer() {
        if (server == null || !server.isAlive()) return;
        server.destroy();
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
    }
}
