package org.knotwise.service.rules;

import org.kie.api.builder.ReleaseId;
import org.knotwise.engine.Knotwise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The rule base being served. A new one is built aside and swapped in whole (one atomic reference),
 * so a request sees either the old or the new rule base, never a mix; a request keeps the one it
 * took at its start. A rule base that fails to load is never served: the old one stays and the
 * failure is kept for {@code /admin/status}.
 */
public final class RuleBaseHolder {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseHolder.class);

    private final RuleBaseLoader loader;
    private final Path dir;
    private final AtomicReference<Loaded> current = new AtomicReference<>();
    private final AtomicReference<LoadFailure> lastFailure = new AtomicReference<>();
    private final AtomicLong reloadsOk = new AtomicLong();
    private final AtomicLong reloadsFailed = new AtomicLong();
    private volatile Consumer<Boolean> reloadListener = ok -> { };
    // Every load on one thread: the Eclipse compiler keeps a cache per thread that ever compiled, so
    // loading on whichever HTTP worker asked would keep one for each of them (RELIABILITY.md).
    private static final ExecutorService LOADING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rule-base-loading");
        t.setDaemon(true);
        return t;
    });

    private record Loaded(ServedRuleBase served, ReleaseId module) {
    }

    /** The outcome of one reload: the rule base now served, and the failure when the new one was refused. */
    public record ReloadResult(boolean ok, ServedRuleBase served, LoadFailure failure) {
    }

    public RuleBaseHolder(RuleBaseLoader loader, Path dirOrNull) {
        this.loader = Objects.requireNonNull(loader);
        this.dir = dirOrNull;
    }

    /** Called with true or false after each reload (metrics). */
    public void onReload(Consumer<Boolean> listener) {
        this.reloadListener = Objects.requireNonNull(listener);
    }

    /** The rule base to use for one whole request; null before the first successful load. */
    public ServedRuleBase current() {
        Loaded l = current.get();
        return l == null ? null : l.served();
    }

    public LoadFailure lastFailure() {
        return lastFailure.get();
    }

    public long reloadsOk() {
        return reloadsOk.get();
    }

    public long reloadsFailed() {
        return reloadsFailed.get();
    }

    public Path dir() {
        return dir;
    }

    /** Loads the rules and serves them if they load; otherwise keeps what is served. Serialized. */
    public synchronized ReloadResult reload() {
        String source = dir == null ? "built-in" : dir.toString();
        long start = System.nanoTime();
        Knotwise engine;
        try {
            engine = loadOnLoadingThread();
        } catch (Exception | LinkageError e) {
            // a refused rule base may still have left its module in Drools' repository
            ReleaseId leftOver = KieModuleJanitor.newestFolderModule();
            Loaded served = current.get();
            if (leftOver != null && (served == null || !sameModule(leftOver, served.module()))) {
                KieModuleJanitor.remove(leftOver);
            }
            LoadFailure failure = LoadFailure.of(source, e);
            lastFailure.set(failure);
            reloadsFailed.incrementAndGet();
            LOG.warn("rule base from {} refused, still serving {}: {}", source,
                    served == null ? "nothing" : served.served().digest(), failure.message());
            failure.problems().stream().limit(20).forEach(p -> LOG.warn("  {}", p));
            reloadListener.accept(false);
            return new ReloadResult(false, served == null ? null : served.served(), failure);
        }
        var rules = RuleBaseFacts.rules(engine);
        ReleaseId module = dir == null ? null : KieModuleJanitor.newestFolderModule();
        Loaded next = new Loaded(new ServedRuleBase(engine, source, Instant.now(), rules), module);
        Loaded previous = current.getAndSet(next);
        lastFailure.set(null);
        reloadsOk.incrementAndGet();
        if (previous != null && previous.module() != null && !sameModule(previous.module(), module)) {
            // requests still running on the old engine keep their own references to its KieBase
            KieModuleJanitor.remove(previous.module());
        }
        LOG.info("serving rule base {} from {} ({} rules, loaded in {} ms)", next.served().digest(), source, rules.size(),
                (System.nanoTime() - start) / 1_000_000);
        reloadListener.accept(true);
        return new ReloadResult(true, next.served(), null);
    }

    private Knotwise loadOnLoadingThread() throws Exception {
        try {
            return LOADING.submit(() -> loader.load(dir)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** The KIE module behind the rule base now served (tests check old ones are released). */
    ReleaseId currentModule() {
        Loaded l = current.get();
        return l == null ? null : l.module();
    }

    private static boolean sameModule(ReleaseId a, ReleaseId b) {
        return a != null && b != null && a.toExternalForm().equals(b.toExternalForm());
    }
}
