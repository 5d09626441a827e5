package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.connect.ConnectConnectors;
import dev.cdcarchitect.connect.ConnectRestClient;
import dev.cdcarchitect.connect.ConnectUrl;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.rehearse.check.Check;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The user's staging Kafka and Connect cluster for one rehearsal: what was there before, the topics and connectors the
 * run created, and their clean-up: connectors first (so nothing writes to the topics any more), then exactly the
 * run's topics. The clean-up runs after the rehearsal, on failure, on cancel and at JVM exit; {@code --keep} leaves
 * everything and says how to delete it.
 */
final class StagingCluster implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration GONE_TIMEOUT = Duration.ofSeconds(15);

    private final RehearsalOptions.Staging options;
    private final StagingNames names;
    private final StagingTopics topics;
    private final RemoteConnectWorker worker;
    private final Path folder;
    private final Set<String> topicsBefore;
    private final Set<String> createdTopics = new LinkedHashSet<>();
    private final Consumer<String> progress;
    private final int brokers;
    private final ExitHook exitHook;
    private Check cleanUp;

    private StagingCluster(RehearsalOptions.Staging options, StagingNames names, StagingTopics topics, RemoteConnectWorker worker,
                           Path folder, Consumer<String> progress) {
        this.options = options;
        this.names = names;
        this.topics = topics;
        this.worker = worker;
        this.folder = folder;
        this.progress = progress;
        this.brokers = topics.brokers();
        this.topicsBefore = topics.names();
        worker.existing(); // fails now, with what to check, when Connect does not answer
        this.exitHook = new ExitHook("clean-up-staging-rehearsal", this::close);
    }

    /** Connects to the brokers and to Connect; fails with what to check when either does not answer. */
    static StagingCluster open(RehearsalOptions.Staging options, StagingNames names, Consumer<String> progress) {
        ConnectUrl url;
        try {
            url = ConnectUrl.parse(options.connectUrl());
        } catch (IllegalArgumentException e) {
            throw new RehearsalException("--connect-url: " + e.getMessage(), e);
        }
        Path folder = TempFolder.create("Staging");
        StagingTopics topics = new StagingTopics(options.bootstrapServers());
        try {
            RemoteConnectWorker worker = new RemoteConnectWorker(new ConnectConnectors(new ConnectRestClient(url, CONNECT_TIMEOUT)), folder);
            return new StagingCluster(options, names, topics, worker, folder, progress);
        } catch (RuntimeException e) {
            topics.close();
            TempFolder.delete(folder);
            throw e instanceof RehearsalException r ? r : new RehearsalException("the staging cluster could not be used: " + e.getMessage(), e);
        }
    }

    String bootstrapServers() {
        return options.bootstrapServers();
    }

    RemoteConnectWorker worker() {
        return worker;
    }

    StagingNames names() {
        return names;
    }

    int brokers() {
        return brokers;
    }

    /** The run's topics of the renamed bundle, recorded as created one by one. */
    Check createTopics(ConfigBundle renamed) {
        return topics.create(renamed, names, brokers, createdTopics);
    }

    /**
     * Deletes the run's connectors, then its topics (those it created, and any other carrying the run id that was not
     * there before, e.g. one a connector created), and checks that the cluster holds nothing of the run; with --keep,
     * lists what stays and how to delete it. Runs once; later calls return the first result.
     */
    Check cleanUp() {
        if (cleanUp != null) return cleanUp;
        // A cancelled rehearsal arrives here interrupted: clean up all the same, then keep the interrupt.
        boolean interrupted = Thread.interrupted();
        try {
            cleanUp = options.keep() ? kept() : deleted();
        } catch (RuntimeException e) {
            cleanUp = new Check("staging clean-up", false, "the clean-up of run " + names.runId() + " failed: " + e.getMessage()
                    + ". Delete by hand: " + howToDelete(worker.created(), runTopics()));
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
        return cleanUp;
    }

    private Check kept() {
        List<String> left = runTopics();
        return new Check("staging clean-up", true, "--keep: left on the staging cluster for run " + names.runId() + ": connectors "
                + worker.created() + ", topics " + left + ". Delete them with: " + howToDelete(worker.created(), left));
    }

    private Check deleted() {
        List<String> failed = new ArrayList<>();
        List<String> connectors = worker.created();
        for (String c : connectors) {
            String problem = worker.delete(c);
            if (problem != null) failed.add("connector " + problem);
        }
        List<String> runTopics = runTopics();
        topics.delete(runTopics).forEach(t -> failed.add("topic " + t));
        List<String> remaining = awaitGone();
        if (!failed.isEmpty() || !remaining.isEmpty()) {
            return new Check("staging clean-up", false, "run " + names.runId() + " left " + remaining + (failed.isEmpty() ? "" : "; failed: "
                    + String.join("; ", failed)) + ". Delete by hand: " + howToDelete(connectors, runTopics));
        }
        return new Check("staging clean-up", true, "deleted the run's " + connectors.size() + " connector(s) " + connectors + " and "
                + runTopics.size() + " topic(s) " + runTopics + "; the cluster holds nothing named " + names.runId()
                + " (no other topic or connector was touched: only names carrying the run id are deleted)");
    }

    /** The run's topics: those it created, and those named with its run id that were not there before it. */
    private List<String> runTopics() {
        Set<String> out = new LinkedHashSet<>(createdTopics);
        for (String t : topics.names()) {
            if (t.contains(names.runId()) && !topicsBefore.contains(t)) out.add(t);
        }
        return List.copyOf(out);
    }

    /** Deletion is asynchronous on the brokers and workers: what of the run is still listed after a short wait. */
    private List<String> awaitGone() {
        long deadline = System.nanoTime() + GONE_TIMEOUT.toNanos();
        List<String> remaining;
        do {
            remaining = new ArrayList<>();
            for (String c : worker.existing()) if (c.contains(names.runId())) remaining.add("connector " + c);
            for (String t : topics.names()) if (t.contains(names.runId())) remaining.add("topic " + t);
            if (remaining.isEmpty()) return remaining;
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return remaining;
            }
        } while (System.nanoTime() < deadline);
        return remaining;
    }

    private String howToDelete(List<String> connectors, List<String> runTopics) {
        List<String> commands = new ArrayList<>();
        for (String c : connectors) commands.add("curl -X DELETE " + worker.shownUrl() + "/connectors/" + c);
        // kafka-topics.sh reads --topic as a regular expression: the dots are escaped so each command names one topic.
        for (String t : runTopics) {
            commands.add("kafka-topics.sh --bootstrap-server " + options.bootstrapServers() + " --delete --topic '" + t.replace(".", "\\.") + "'");
        }
        return String.join("; ", commands);
    }

    @Override
    public void close() {
        if (!exitHook.firstClose()) return;
        try {
            if (cleanUp == null) progress.accept(cleanUp().line());
        } finally {
            topics.close();
            TempFolder.delete(folder);
        }
    }
}
