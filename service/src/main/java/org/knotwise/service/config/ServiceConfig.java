package org.knotwise.service.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The service's settings, from {@code --config FILE} (JSON); every field is optional. Command-line
 * options override the file. Times are in milliseconds, sizes in bytes.
 *
 * @param publicBaseUrl the URL clients call (e.g. {@code https://cds.example.org}); JWT {@code aud}
 *                      must be this plus the endpoint path. When absent, the request's own URL is used.
 * @param workers       requests worked on at once (the rest wait in the queue); by default the cores
 *                      plus two: assessments are CPU-bound, so two cores run two at once, and the two
 *                      extra slots cover requests whose body is still arriving (a slot is held from
 *                      the start of a request, body included) so one slow client cannot idle a core
 * @param queue         requests that may wait for a worker; beyond it, 503 with Retry-After
 * @param warmUpCases   generated cases the first rule base assesses once the service listens, in the
 *                      background (0: none), so the JIT compiles the code; {@code /readyz} answers 503 until then
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ServiceConfig(String host, Integer port, String publicBaseUrl,
                            Long maxBodyBytes, Long maxBatchBytes,
                            Integer workers, Integer queue, Long queueWaitMillis,
                            Long idleTimeoutMillis, Long readTimeoutMillis, Long stopTimeoutMillis,
                            Long reloadDebounceMillis, Integer batchThreads,
                            Boolean accessLog, Cors cors, Auth auth, Tls tls, String db, Boolean logCases,
                            Reports reports, Integer warmUpCases) {

    public static final long MIB = 1024 * 1024;
    public static final int DEFAULT_WARM_UP_CASES = 20_000;

    public ServiceConfig {
        host = host == null ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        maxBodyBytes = maxBodyBytes == null ? MIB : maxBodyBytes;
        maxBatchBytes = maxBatchBytes == null ? 256 * MIB : maxBatchBytes;
        workers = workers == null ? Runtime.getRuntime().availableProcessors() + 2 : workers;
        queue = queue == null ? 64 : queue;
        queueWaitMillis = queueWaitMillis == null ? 2_000L : queueWaitMillis;
        idleTimeoutMillis = idleTimeoutMillis == null ? 30_000L : idleTimeoutMillis;
        readTimeoutMillis = readTimeoutMillis == null ? 10_000L : readTimeoutMillis;
        stopTimeoutMillis = stopTimeoutMillis == null ? 15_000L : stopTimeoutMillis;
        reloadDebounceMillis = reloadDebounceMillis == null ? 500L : reloadDebounceMillis;
        batchThreads = batchThreads == null ? Runtime.getRuntime().availableProcessors() : batchThreads;
        accessLog = accessLog == null || accessLog;
        cors = cors == null ? new Cors(List.of()) : cors;
        auth = auth == null ? new Auth(List.of(), null) : auth;
        logCases = logCases != null && logCases;
        reports = reports == null ? new Reports(null, null) : reports;
        warmUpCases = warmUpCases == null ? DEFAULT_WARM_UP_CASES : warmUpCases;
        if (warmUpCases < 0) {
            throw new IllegalArgumentException("warmUpCases must be 0 or more");
        }
    }

    /** Browser origins allowed to call the service (exact origins, or Jetty's patterns). */
    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /** The CDS clients trusted: each issuer with its public keys, from a JWKS file or URL. */
    public record Auth(List<Issuer> issuers, Long maxTokenLifetimeSeconds) {
        public Auth {
            issuers = issuers == null ? List.of() : List.copyOf(issuers);
            maxTokenLifetimeSeconds = maxTokenLifetimeSeconds == null ? 300L : maxTokenLifetimeSeconds;
        }
    }

    /**
     * Body-map reports that CDS cards link to, kept in memory only: at most {@code maxEntries} (0 turns
     * the links off), each for {@code ttlSeconds}.
     */
    public record Reports(Integer maxEntries, Long ttlSeconds) {
        public Reports {
            maxEntries = maxEntries == null ? 1000 : maxEntries;
            ttlSeconds = ttlSeconds == null ? 1800L : ttlSeconds;
            if (maxEntries < 0 || ttlSeconds <= 0) {
                throw new IllegalArgumentException("reports: maxEntries must be 0 or more and ttlSeconds positive");
            }
        }
    }

    public record Issuer(String iss, String jwksFile, String jwksUrl) {
    }

    /** HTTPS from a keystore (PKCS12 by default). */
    public record Tls(String keystore, String keystorePassword, String keystoreType, String keyPassword) {
    }

    public static ServiceConfig defaults() {
        return new ServiceConfig(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public static ServiceConfig read(Path file) throws IOException {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return mapper.readValue(Files.readString(file), ServiceConfig.class);
    }

    public ServiceConfig withPort(int p) {
        return with(s -> s.port = p);
    }

    public ServiceConfig withHost(String h) {
        return with(s -> s.host = h);
    }

    public ServiceConfig withDb(String url, boolean log) {
        return with(s -> {
            s.db = url;
            s.logCases = log;
        });
    }

    public ServiceConfig withLimits(int workers, int queue, long queueWaitMillis) {
        return with(s -> {
            s.workers = workers;
            s.queue = queue;
            s.queueWaitMillis = queueWaitMillis;
        });
    }

    public ServiceConfig withTimeouts(long idle, long read, long stop) {
        return with(s -> {
            s.idleTimeoutMillis = idle;
            s.readTimeoutMillis = read;
            s.stopTimeoutMillis = stop;
        });
    }

    public ServiceConfig withSecurity(Cors c, Auth a, Tls t) {
        return with(s -> {
            s.cors = c;
            s.auth = a;
            s.tls = t;
        });
    }

    public ServiceConfig withAccessLog(boolean on) {
        return with(s -> s.accessLog = on);
    }

    public ServiceConfig withReports(Reports r) {
        return with(s -> s.reports = r);
    }

    public ServiceConfig withPublicBaseUrl(String url) {
        return with(s -> s.publicBaseUrl = url);
    }

    public ServiceConfig withReloadDebounce(long millis) {
        return with(s -> s.reloadDebounceMillis = millis);
    }

    public ServiceConfig withWarmUpCases(int cases) {
        return with(s -> s.warmUpCases = cases);
    }

    /** This config with some settings changed (a record's fields cannot be). */
    private ServiceConfig with(Consumer<Settings> change) {
        Settings s = new Settings(this);
        change.accept(s);
        return s.build();
    }

    /** The settings as fields to change: the one place besides the record's header that lists them all. */
    private static final class Settings {
        String host;
        Integer port;
        String publicBaseUrl;
        Long maxBodyBytes;
        Long maxBatchBytes;
        Integer workers;
        Integer queue;
        Long queueWaitMillis;
        Long idleTimeoutMillis;
        Long readTimeoutMillis;
        Long stopTimeoutMillis;
        Long reloadDebounceMillis;
        Integer batchThreads;
        Boolean accessLog;
        Cors cors;
        Auth auth;
        Tls tls;
        String db;
        Boolean logCases;
        Reports reports;
        Integer warmUpCases;

        Settings(ServiceConfig c) {
            host = c.host;
            port = c.port;
            publicBaseUrl = c.publicBaseUrl;
            maxBodyBytes = c.maxBodyBytes;
            maxBatchBytes = c.maxBatchBytes;
            workers = c.workers;
            queue = c.queue;
            queueWaitMillis = c.queueWaitMillis;
            idleTimeoutMillis = c.idleTimeoutMillis;
            readTimeoutMillis = c.readTimeoutMillis;
            stopTimeoutMillis = c.stopTimeoutMillis;
            reloadDebounceMillis = c.reloadDebounceMillis;
            batchThreads = c.batchThreads;
            accessLog = c.accessLog;
            cors = c.cors;
            auth = c.auth;
            tls = c.tls;
            db = c.db;
            logCases = c.logCases;
            reports = c.reports;
            warmUpCases = c.warmUpCases;
        }

        ServiceConfig build() {
            return new ServiceConfig(host, port, publicBaseUrl, maxBodyBytes, maxBatchBytes, workers, queue,
                    queueWaitMillis, idleTimeoutMillis, readTimeoutMillis, stopTimeoutMillis, reloadDebounceMillis,
                    batchThreads, accessLog, cors, auth, tls, db, logCases, reports, warmUpCases);
        }
    }
}
