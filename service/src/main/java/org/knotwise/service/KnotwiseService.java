package org.knotwise.service;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.cds.CdsEndpoints;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.http.ApiEndpoints;
import org.knotwise.service.http.Assessor;
import org.knotwise.service.http.OpsEndpoints;
import org.knotwise.service.http.Route;
import org.knotwise.service.http.Router;
import org.knotwise.service.metrics.ServiceMetrics;
import org.knotwise.service.report.ReportEndpoints;
import org.knotwise.service.report.ReportStore;
import org.knotwise.service.rules.RuleBaseHolder;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.rules.RulesWatcher;
import org.knotwise.service.rules.ServedRuleBase;
import org.knotwise.service.rules.BackgroundWarmUp;
import org.knotwise.service.rules.WarmUp;
import org.knotwise.service.store.ServedCaseLog;
import org.knotwise.service.store.Store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The running service: the rule base being served, the HTTP server, the rules watcher, the warm-up. Built by
 * {@link #start}; {@link #close()} stops it gracefully (requests in flight finish, new ones are refused).
 */
public final class KnotwiseService implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final RuleBaseHolder holder;
    private final RulesWatcher watcher;
    private final ServiceMetrics metrics;
    private final boolean tls;
    private final BackgroundWarmUp warmUp;
    private boolean closed;

    private KnotwiseService(Server server, ServerConnector connector, RuleBaseHolder holder, RulesWatcher watcher,
                            ServiceMetrics metrics, boolean tls, BackgroundWarmUp warmUp) {
        this.server = server;
        this.connector = connector;
        this.holder = holder;
        this.watcher = watcher;
        this.metrics = metrics;
        this.tls = tls;
        this.warmUp = warmUp;
    }

    /** What the service is made of: everything a test may want to replace. */
    public record Parts(ServiceConfig config, RuleBaseLoader loader, Path rulesDir, boolean watchRules,
                        Authenticator auth, Store store, Clock clock) {
        public Parts(ServiceConfig config, RuleBaseLoader loader, Path rulesDir, boolean watchRules,
                     Authenticator auth, Store store) {
            this(config, loader, rulesDir, watchRules, auth, store, Clock.systemUTC());
        }
    }

    /**
     * Loads the rule base, starts serving, then warms the rule base in the background ({@link #warmUp()}):
     * {@code /readyz} answers 503 until it is done, and a rule that throws on a generated case stops the service.
     *
     * @throws IllegalStateException when the rule base does not load (the message names the problems)
     */
    public static KnotwiseService start(Parts parts) throws Exception {
        ServiceConfig config = parts.config();
        ServiceMetrics metrics = new ServiceMetrics();
        RuleBaseHolder holder = new RuleBaseHolder(parts.loader(), parts.rulesDir());
        holder.onReload(ok -> {
            metrics.reload(ok);
            ServedRuleBase rb = holder.current();
            if (rb != null) {
                metrics.ruleBase(rb.identity(), rb.rules().size());
            }
        });
        RuleBaseHolder.ReloadResult first = holder.reload();
        if (!first.ok()) {
            throw new IllegalStateException("the rule base did not load, nothing is served: " + first.failure().message()
                    + (first.failure().problems().isEmpty() ? "" : "\n  " + String.join("\n  ",
                    first.failure().problems().stream().map(Object::toString).toList())));
        }
        BackgroundWarmUp warmUp = new BackgroundWarmUp(holder.current().engine(), config.warmUpCases());

        ServedCaseLog log = new ServedCaseLog(parts.store(), config.logCases());
        Assessor assessor = new Assessor(holder);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new OpsEndpoints(holder, metrics, warmUp).routes());
        routes.addAll(new ApiEndpoints(assessor, config, log).routes());
        routes.addAll(new org.knotwise.service.http.ConsultEndpoints(assessor, config).routes());
        ReportStore reports = new ReportStore(config.reports().maxEntries(),
                Duration.ofSeconds(config.reports().ttlSeconds()), parts.clock());
        routes.addAll(new CdsEndpoints(assessor, config, log, parts.store(), reports).routes());
        routes.addAll(new ReportEndpoints(reports).routes());
        Router router = new Router(routes, parts.auth(), config.workers(), config.queue(), config.queueWaitMillis(),
                metrics, config.publicBaseUrl(), config.accessLog());

        // Threads: the workers, the requests allowed to wait for one, and Jetty's own (acceptor, selectors).
        int maxThreads = config.workers() + config.queue() + 16;
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads), 60_000, -1,
                new BlockingArrayQueue<>(maxThreads, maxThreads, 4 * maxThreads), null);
        pool.setName("knotwise-http");
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector;
        boolean tls = config.tls() != null && config.tls().keystore() != null;
        if (tls) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(config.tls().keystore());
            ssl.setKeyStorePassword(config.tls().keystorePassword());
            ssl.setKeyStoreType(config.tls().keystoreType() == null ? "PKCS12" : config.tls().keystoreType());
            if (config.tls().keyPassword() != null) {
                ssl.setKeyManagerPassword(config.tls().keyPassword());
            }
            http.addCustomizer(new SecureRequestCustomizer());
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeoutMillis());
        connector.setAcceptQueueSize(config.queue());
        server.addConnector(connector);

        Handler handler = router;
        if (!config.cors().allowedOrigins().isEmpty()) {
            handler = cors(config.cors(), router);
        }
        server.setHandler(new GracefulHandler(handler));
        server.setStopTimeout(config.stopTimeoutMillis());
        server.setStopAtShutdown(false);
        server.start();

        RulesWatcher watcher = parts.watchRules() && parts.rulesDir() != null
                ? new RulesWatcher(holder, parts.rulesDir(), config.reloadDebounceMillis()) : null;
        KnotwiseService service = new KnotwiseService(server, connector, holder, watcher, metrics, tls, warmUp);
        warmUp.start(service::closeQuietly);
        return service;
    }

    private static CrossOriginHandler cors(ServiceConfig.Cors cors, Handler next) {
        CrossOriginHandler h = new CrossOriginHandler();
        Set<String> patterns = new LinkedHashSet<>();
        for (String origin : cors.allowedOrigins()) {
            patterns.add(origin.equals("*") ? ".*" : Pattern.quote(origin));
        }
        h.setAllowedOriginPatterns(patterns);
        h.setAllowedMethods(Set.of("GET", "POST", "OPTIONS"));
        h.setAllowedHeaders(Set.of("Authorization", "Content-Type"));
        h.setExposedHeaders(Set.of("Retry-After", ApiEndpoints.RULE_BASE_HEADER));
        h.setPreflightMaxAge(Duration.ofMinutes(10));
        h.setDeliverPreflightRequests(false);
        h.setHandler(next);
        return h;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1" : connector.getHost();
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + port());
    }

    public RuleBaseHolder ruleBases() {
        return holder;
    }

    /**
     * The warm-up's outcome: done when every case ran, failed when a rule threw (the service is stopped by
     * then), cancelled when the service was closed first.
     */
    public CompletableFuture<WarmUp.Done> warmUp() {
        return warmUp.done();
    }

    /** Generated cases the warm-up runs (0 when it is off). */
    public int warmUpCases() {
        return warmUp.cases();
    }

    public ServiceMetrics metrics() {
        return metrics;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public boolean isStopped() {
        return server.isStopped();
    }

    /**
     * Stops gracefully: no new connections, requests in flight finish (up to the stop timeout). Once; a second
     * call waits for the first (the warm-up's failure and SIGTERM may both close it).
     */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        warmUp.stop();
        if (watcher != null) {
            watcher.close();
        }
        server.stop();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(KnotwiseService.class).error("stopping after the failed warm-up: {}",
                    BackgroundWarmUp.describe(e));
        }
    }
}
