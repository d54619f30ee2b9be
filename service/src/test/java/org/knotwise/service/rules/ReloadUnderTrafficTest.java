package org.knotwise.service.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.runtime.KieSession;
import org.knotwise.engine.Knotwise;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.TestService;
import org.knotwise.service.support.Traffic;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reloads while clients keep assessing: no request fails, and every replaced rule base (its engine
 * its Drools KieBase and KIE module) can be collected. The long soak with the heap per reload is
 * {@code bench/ReloadSoak}; this is its bounded CI form.
 */
class ReloadUnderTrafficTest {
    static final int RELOADS = 10;

    @TempDir
    Path tmp;

    @Test
    void reloadsUnderTrafficFailNoRequestAndReleaseTheOldRuleBases() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        List<WeakReference<Knotwise>> oldEngines = new ArrayList<>();
        List<WeakReference<KieBase>> oldKieBases = new ArrayList<>();
        List<WeakReference<KieModule>> oldModules = new ArrayList<>();
        try (TestService s = TestService.start(TestService.config(), Authenticator.NONE, Store.NONE, rules,
                RuleBaseLoader.PLAIN)) {
            Traffic traffic = Traffic.start(s.service.uri(), 2, 200_000);
            try {
                for (int i = 1; i <= RELOADS; i++) {
                    remember(s.service.ruleBases().current().engine(), oldEngines, oldKieBases);
                    oldModules.add(module(s.service.ruleBases()));
                    Files.writeString(rules.resolve("with-what.drl"), "\n// reload " + i + "\n", StandardOpenOption.APPEND);
                    Answer reload = s.client.post("/admin/reload", "");
                    assertThat(reload.status()).as(reload.body()).isEqualTo(200);
                }
                long before = traffic.ok();
                // traffic goes on on the last rule base too
                for (int wait = 0; wait < 200 && traffic.ok() < before + 20 && traffic.failed() == 0; wait++) {
                    Thread.sleep(50);
                }
            } finally {
                traffic.close();
            }
            assertThat(traffic.failed()).as("failed requests; first: %s", traffic.firstFailure()).isZero();
            assertThat(traffic.ok()).as("requests answered while reloading").isGreaterThan(RELOADS);
            assertThat(s.service.ruleBases().reloadsOk()).isEqualTo(RELOADS + 1);

            List<WeakReference<?>> all = new ArrayList<>(oldEngines);
            all.addAll(oldKieBases);
            all.addAll(oldModules);
            collectGarbageUntilCleared(all);
            assertThat(oldModules).as("replaced KIE modules collected (removed from Drools' repository)")
                    .allMatch(r -> r.get() == null);
            assertThat(oldEngines).as("replaced engines collected").allMatch(r -> r.get() == null);
            assertThat(oldKieBases).as("replaced KieBases collected").allMatch(r -> r.get() == null);
            // the one served is still there and answers
            assertThat(s.client.post("/v1/assess", org.knotwise.service.support.Cases.WRIST).status()).isEqualTo(200);
        }
    }

    /** Weak references only: the test must not be what keeps an old rule base alive. */
    private static void remember(Knotwise engine, List<WeakReference<Knotwise>> engines, List<WeakReference<KieBase>> kieBases) {
        KieSession session = engine.ruleBase().newSession();
        try {
            kieBases.add(new WeakReference<>(session.getKieBase()));
        } finally {
            session.dispose();
        }
        engines.add(new WeakReference<>(engine));
    }

    /** The KIE module of the rule base served now, held weakly (it must be in Drools' repository now). */
    private static WeakReference<KieModule> module(RuleBaseHolder holder) {
        KieModule module = KieServices.get().getRepository().getKieModule(holder.currentModule());
        assertThat(module).as("the rule base served has its KIE module").isNotNull();
        return new WeakReference<>(module);
    }

    /** Asks for full collections until the references clear, a bounded number of times (not a timing). */
    private static void collectGarbageUntilCleared(List<? extends WeakReference<?>> refs) throws InterruptedException {
        for (int i = 0; i < 30 && refs.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(100);
        }
    }
}
