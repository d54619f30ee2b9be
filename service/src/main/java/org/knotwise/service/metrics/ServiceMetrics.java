package org.knotwise.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.knotwise.engine.model.RuleBaseIdentity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The service's Prometheus metrics: requests and latency by route, errors by code, reloads, rule base. */
public final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MultiGauge ruleBaseInfo;
    private final AtomicLong ruleCount = new AtomicLong();

    public ServiceMetrics() {
        ruleBaseInfo = MultiGauge.builder("knotwise.rulebase.info")
                .description("1 for the rule base being served, labelled with its name, version and digest")
                .register(registry);
        Gauge.builder("knotwise.rulebase.rules", ruleCount, AtomicLong::get)
                .description("rules in the rule base being served").register(registry);
    }

    public void request(String method, String route, int status, long nanos) {
        Timer.builder("knotwise.http.requests")
                .description("HTTP requests by route and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void error(String code) {
        Counter.builder("knotwise.errors").description("error answers by code").tag("code", code)
                .register(registry).increment();
    }

    public void reload(boolean ok) {
        Counter.builder("knotwise.rulebase.reloads").description("rule base loads by outcome")
                .tag("outcome", ok ? "ok" : "failed").register(registry).increment();
    }

    public void ruleBase(RuleBaseIdentity id, int rules) {
        ruleBaseInfo.register(List.of(MultiGauge.Row.of(
                Tags.of("name", id.name(), "version", id.version(), "digest", id.digest()), 1)), true);
        ruleCount.set(rules);
    }

    public String scrape() {
        return registry.scrape();
    }
}
