package org.knotwise.service.bench;

import org.knotwise.service.KnotwiseService;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.Traffic;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Hot reload under traffic: starts the service on a copy of the built-in rules (loaded through the
 * same gate as {@code serve}), keeps client threads assessing cases, and reloads N times through
 * {@code POST /admin/reload}, each time after changing a rule file (a comment) so every reload builds
 * a new rule base. After each reload it holds the traffic (requests in flight finish) and records the heap
 * in use after a full GC. Prints the heap
 * every 10 reloads and one summary line: reloads, requests ok and failed, heap first / max / last.
 * A main, not a test (minutes long); exits 1 when a request or a reload failed.
 * <pre>ReloadSoak [N=150] [CLIENTS=2] [plain|gated]</pre>
 */
public final class ReloadSoak {
    public static void main(String[] args) throws Exception {
        // drop idle connections before the service does (30 s), as the tests do (see the service's pom)
        System.setProperty("jdk.httpclient.keepalive.timeout", "20");
        int n = args.length > 0 ? Math.min(1000, Integer.parseInt(args[0])) : 150;
        int clients = args.length > 1 ? Math.min(16, Integer.parseInt(args[1])) : 2;
        RuleBaseLoader loader = args.length > 2 && args[2].equals("plain") ? RuleBaseLoader.PLAIN : RuleBaseLoader.GATED;
        Path dir = BuiltInRules.copyTo(Files.createTempDirectory("knotwise-soak").resolve("rules"));
        Path changed = dir.resolve("with-what.drl");
        // no warm-up: it would add seconds to each reload and nothing to what is measured (the heap)
        ServiceConfig config = ServiceConfig.defaults().withHost("127.0.0.1").withPort(0).withAccessLog(false)
                .withWarmUpCases(0);
        long[] heap = new long[n + 1];
        long start = System.nanoTime();
        int reloadFailures = 0;
        Traffic traffic;
        try (KnotwiseService service = KnotwiseService.start(new KnotwiseService.Parts(config, loader, dir, false,
                Authenticator.NONE, Store.NONE))) {
            URI base = service.uri();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            heap[0] = usedAfterGc();
            System.out.printf("before: heap used after GC %6.1f MiB, %d client threads, %s loader%n",
                    heap[0] / 1048576.0, clients, loader == RuleBaseLoader.PLAIN ? "plain" : "gated");
            traffic = Traffic.start(base, clients, 50_000_000L);
            try {
                for (int i = 1; i <= n; i++) {
                    Files.writeString(changed, "\n// soak reload " + i + "\n", StandardOpenOption.APPEND);
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/admin/reload"))
                            .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        reloadFailures++;
                        System.out.println("reload " + i + " failed: " + r.statusCode() + " " + r.body());
                    }
                    heap[i] = traffic.held(ReloadSoak::usedAfterGc);
                    if (i == 1 || i % 10 == 0 || i == n) {
                        System.out.printf("reload %4d: heap used after GC %6.1f MiB; requests ok %d, failed %d; %.1f s%n",
                                i, heap[i] / 1048576.0, traffic.ok(), traffic.failed(), (System.nanoTime() - start) / 1e9);
                    }
                }
            } finally {
                traffic.close();
            }
        }
        long max = 0;
        for (int i = 1; i <= n; i++) {
            max = Math.max(max, heap[i]);
        }
        System.out.printf("summary: %d reloads (%d failed) under %d client threads; requests ok %d, failed %d%s;"
                        + " heap used after GC: before %.1f MiB, after reload 1 %.1f MiB, max %.1f MiB, last %.1f MiB%n",
                n, reloadFailures, clients, traffic.ok(), traffic.failed(),
                traffic.firstFailure() == null ? "" : " (first: " + traffic.firstFailure() + ")",
                heap[0] / 1048576.0, heap[1] / 1048576.0, max / 1048576.0, heap[n] / 1048576.0);
        System.exit(reloadFailures == 0 && traffic.failed() == 0 ? 0 : 1);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
