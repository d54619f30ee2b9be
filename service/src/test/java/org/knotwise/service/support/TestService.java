package org.knotwise.service.support;

import org.knotwise.service.KnotwiseService;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;

import java.nio.file.Path;

/** Starts the service on 127.0.0.1, a free port, for one test class or test; close() stops it. */
public final class TestService implements AutoCloseable {
    public final KnotwiseService service;
    public final ApiClient client;

    private TestService(KnotwiseService service, ApiClient client) {
        this.service = service;
        this.client = client;
    }

    /** Loopback, a free port, no access log, no warm-up (tests do not measure speed; WarmUpTest checks it). */
    public static ServiceConfig config() {
        return ServiceConfig.defaults().withHost("127.0.0.1").withPort(0).withAccessLog(false).withWarmUpCases(0);
    }

    public static TestService start() throws Exception {
        return start(config(), Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN);
    }

    public static TestService start(ServiceConfig config, Authenticator auth, Store store, Path rules,
                                    RuleBaseLoader loader) throws Exception {
        return start(config, auth, store, rules, loader, false);
    }

    /** With {@code watch}, a change in the rules folder reloads by itself. */
    public static TestService start(ServiceConfig config, Authenticator auth, Store store, Path rules,
                                    RuleBaseLoader loader, boolean watch) throws Exception {
        return start(new KnotwiseService.Parts(config, loader, rules, watch, auth, store));
    }

    public static TestService start(KnotwiseService.Parts parts) throws Exception {
        KnotwiseService s = KnotwiseService.start(parts);
        return new TestService(s, new ApiClient(s.uri()));
    }

    @Override
    public void close() throws Exception {
        service.close();
    }
}
