package org.knotwise.service.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a rules folder (and its subfolders, such as {@code kb/}) and reloads once the files have
 * been quiet for the debounce time: an editor saving several files, or a copy in progress, gives
 * one reload, not one per file.
 */
public final class RulesWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final RuleBaseHolder holder;
    private final long debounceMillis;
    private final WatchService watch;
    private final ScheduledExecutorService timer;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    public RulesWatcher(RuleBaseHolder holder, Path dir, long debounceMillis) throws IOException {
        this.holder = holder;
        this.debounceMillis = debounceMillis;
        this.watch = FileSystems.getDefault().newWatchService();
        registerAll(dir);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "knotwise-reload"));
        this.thread = daemon(this::run, "knotwise-rules-watch");
        thread.start();
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean newDir = false;
                for (var event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p
                            && key.watchable() instanceof Path parent && Files.isDirectory(parent.resolve(p))) {
                        newDir = true;
                        registerAll(parent.resolve(p));
                    }
                }
                key.reset();
                LOG.debug("rules folder changed{}", newDir ? " (new folder)" : "");
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (IOException e) {
            LOG.warn("stopped watching the rules folder: {}", e.toString());
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(holder::reload, debounceMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
        timer.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
