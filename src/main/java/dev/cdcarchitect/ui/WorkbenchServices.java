package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.TaskExecutor;

import dev.cdcarchitect.ui.llm.KeyChain;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the window is given rather than creates: the worker threads (owned and shut down by whoever made them,
 * the application in production) and the OS services it reaches through them.
 *
 * @param linkOpener opens a URL or folder in the desktop's own application
 * @param export runs exports
 * @param llm runs LLM requests and keychain reads (they block)
 * @param projectIo reads and writes project files and the recent-files list
 * @param keyChain the OS keychain for the LLM key
 * @param impact runs the schema-change impact analysis of the open impact panel
 */
public record WorkbenchServices(Consumer<String> linkOpener, TaskExecutor export, Executor llm, TaskExecutor projectIo, KeyChain keyChain,
                                TaskExecutor impact) {}
