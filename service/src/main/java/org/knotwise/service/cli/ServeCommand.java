package org.knotwise.service.cli;

import org.knotwise.service.KnotwiseService;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.auth.JwtAuthenticator;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.DefaultDatabase;
import org.knotwise.service.store.JdbcStore;
import org.knotwise.service.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code knotwise serve}: runs until SIGTERM or Ctrl-C, then stops gracefully (requests in flight
 * finish, new ones are refused) and exits 0. All messages go to stderr.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve CDS Hooks 2.0 and the plain JSON API over HTTP, reloading the rules when they change.")
public final class ServeCommand implements Callable<Integer> {
    /** Set when the rules are the problem, as the CLI's exit code for rules that do not load. */
    static final int RULES_FAILED = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", description = "port to listen on (default 8080; 0 picks a free one)")
    Integer port;

    @Option(names = "--host", description = "address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    String host;

    @Option(names = "--rules", description = "serve the rules in DIR (watched: a change is loaded without a restart)")
    Path rules;

    @Option(names = "--drafts", description = "also run the rules marked @status(\"draft\") (left out otherwise)")
    boolean drafts;

    @Option(names = "--config", description = "settings file (JSON): limits, timeouts, CORS origins, JWT issuers, TLS")
    Path config;

    @Option(names = "--db", description = "store for feedback and served cases: jdbc:sqlite:FILE (default "
            + DefaultDatabase.DESCRIPTION + ") or jdbc:postgresql://...")
    String db;

    @Option(names = "--log-cases", description = "store every case served with the rule base version (health data: opt-in)")
    boolean logCases;

    @Option(names = "--insecure-no-auth", description = "accept requests without a CDS Hooks JWT (local trials only)")
    boolean insecureNoAuth;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServiceConfig cfg = config == null ? ServiceConfig.defaults() : ServiceConfig.read(config);
        if (port != null) {
            cfg = cfg.withPort(port);
        }
        if (host != null) {
            cfg = cfg.withHost(host);
        }
        String url = db != null ? db : cfg.db();
        if (url == null) {
            url = DefaultDatabase.url(DefaultDatabase.prepare(DefaultDatabase.file()));
        }
        cfg = cfg.withDb(url, logCases || cfg.logCases());
        if (rules != null && !Files.isDirectory(rules)) {
            err.println("knotwise serve: --rules " + rules + " is not a folder");
            return USAGE;
        }
        Authenticator auth;
        if (insecureNoAuth) {
            err.println("""
                    ************************************************************************
                    * WARNING: --insecure-no-auth: ANY client can call this service without *
                    * a token. For local trials only; never expose it to a network.         *
                    ************************************************************************""");
            auth = Authenticator.NONE;
        } else {
            JwtAuthenticator jwt;
            try {
                jwt = new JwtAuthenticator(cfg.auth());
            } catch (IOException | java.text.ParseException | IllegalArgumentException e) {
                err.println("knotwise serve: auth: " + e.getMessage());
                return USAGE;
            }
            if (!jwt.hasIssuers()) {
                err.println("knotwise serve: no JWT issuers configured: list them under auth.issuers in --config,"
                        + " or run with --insecure-no-auth for a local trial");
                return USAGE;
            }
            auth = jwt;
        }
        Store store = JdbcStore.open(cfg.db());
        KnotwiseService service;
        try {
            service = KnotwiseService.start(new KnotwiseService.Parts(cfg, drafts ? RuleBaseLoader.GATED_WITH_DRAFTS : RuleBaseLoader.GATED,
                    rules == null ? null : rules.toAbsolutePath(), true, auth, store));
        } catch (IllegalStateException e) {
            store.close();
            err.println("knotwise serve: " + e.getMessage());
            return RULES_FAILED;
        }
        err.println("knotwise serve: listening on " + service.uri() + " (rule base "
                + service.ruleBases().current().digest()
                + ", store " + redact(cfg.db())
                + (cfg.logCases() ? ", logging cases" : "") + ")");
        if (service.warmUpCases() > 0) {
            err.println("knotwise serve: warming up " + String.format(Locale.ROOT, "%,d", service.warmUpCases())
                    + " cases (warmUpCases 0 skips it); /readyz answers 503 until then, requests are answered meanwhile");
        }
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                service.close();
            } catch (Exception e) {
                err.println("knotwise serve: stopping: " + e);
            } finally {
                store.close();
                stopped.countDown();
            }
        };
        Runnable stopOnce = Signals.onTermination(stop);
        AtomicBoolean warmUpFailed = new AtomicBoolean();
        service.warmUp().whenComplete((done, failure) -> {
            if (failure == null) {
                if (done.cases() > 0) {
                    err.println("knotwise serve: ready: warmed up with " + String.format(Locale.ROOT, "%,d", done.cases())
                            + " cases in " + String.format(Locale.ROOT, "%.1f", done.millis() / 1000.0) + " s");
                    err.flush();
                }
            } else if (!(failure instanceof CancellationException)) {
                warmUpFailed.set(true); // the service has logged it and is stopping
                stopOnce.run();
            }
        });
        stopped.await();
        err.println(warmUpFailed.get() ? "knotwise serve: stopped: the rule base failed on a generated case while warming up"
                : "knotwise serve: stopped");
        err.flush();
        return warmUpFailed.get() ? RULES_FAILED : 0;
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
