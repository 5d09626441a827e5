package dev.cdcarchitect.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time per target path in this process, so two exports racing on the same Markdown file and its
 * diagram cannot leave the document of one beside the diagram of the other. Paths are locked in one order, so
 * writers of overlapping sets cannot deadlock.
 */
final class WriteLocks {

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private WriteLocks() {}

    /** Held until closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    static Held lock(Collection<Path> targets) {
        List<ReentrantLock> held = new ArrayList<>();
        targets.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted()
                .forEach(path -> {
                    ReentrantLock lock = LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
                    lock.lock();
                    held.add(lock);
                });
        return () -> {
            for (int i = held.size() - 1; i >= 0; i--) held.get(i).unlock();
        };
    }
}
