package dev.cdcarchitect.rehearse;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a component's close at JVM exit (Ctrl-C, System.exit), so a server never outlives the JVM that started it;
 * only a killed JVM leaves it behind.
 */
final class ExitHook {

    private final Thread thread;
    private final AtomicBoolean closing = new AtomicBoolean();

    ExitHook(String name, Runnable close) {
        thread = new Thread(close, name);
        Runtime.getRuntime().addShutdownHook(thread);
    }

    /** True on the first call only: the caller closes then. Unregisters the hook unless the hook itself is running. */
    boolean firstClose() {
        if (!closing.compareAndSet(false, true)) return false;
        if (Thread.currentThread() != thread) {
            try {
                Runtime.getRuntime().removeShutdownHook(thread);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook runs close() too, which returns at once
            }
        }
        return true;
    }
}
