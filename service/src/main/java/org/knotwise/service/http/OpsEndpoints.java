package org.knotwise.service.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.service.metrics.ServiceMetrics;
import org.knotwise.service.rules.BackgroundWarmUp;
import org.knotwise.service.rules.LoadFailure;
import org.knotwise.service.rules.RuleBaseHolder;
import org.knotwise.service.rules.ServedRuleBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Probes, metrics, the OpenAPI document, and the admin endpoints (status, reload). */
public final class OpsEndpoints {
    private final RuleBaseHolder holder;
    private final ServiceMetrics metrics;
    private final BackgroundWarmUp warmUp;
    private final String openApi;

    public OpsEndpoints(RuleBaseHolder holder, ServiceMetrics metrics, BackgroundWarmUp warmUp) throws IOException {
        this.holder = holder;
        this.metrics = metrics;
        this.warmUp = warmUp;
        try (InputStream in = OpsEndpoints.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IOException("openapi.yaml is missing from the jar");
            }
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public List<Route> routes() {
        return List.of(
                Route.probe("GET", "/healthz", ex -> ex.sendJson(200, Json.object().put("status", "ok"))),
                Route.probe("GET", "/readyz", this::ready),
                Route.probe("GET", "/metrics", ex -> ex.send(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape())),
                Route.open("GET", "/openapi.yaml", ex -> ex.send(200, "application/yaml", openApi)),
                Route.secured("GET", "/admin/status", ex -> ex.sendJson(200, status())),
                Route.secured("POST", "/admin/reload", this::reload));
    }

    private void ready(Exchange ex) {
        ServedRuleBase rb = holder.current();
        if (rb == null) {
            ex.header("Retry-After", "5");
            ex.sendJson(503, Json.object().put("status", "not ready").put("reason", "no rule base is loaded"));
        } else if (!warmUp.ready()) {
            // answered meanwhile, only slower: a load balancer waits, a person trying it out need not
            ex.header("Retry-After", "1");
            ex.sendJson(503, Json.object().put("status", "not ready")
                    .put("reason", "warming up the rule base with " + warmUp.cases() + " generated cases"));
        } else {
            ex.sendJson(200, Json.object().put("status", "ready").put("ruleBase", rb.digest()));
        }
    }

    private void reload(Exchange ex) {
        RuleBaseHolder.ReloadResult r = holder.reload();
        ObjectNode body = status();
        body.put("reloaded", r.ok());
        ex.sendJson(r.ok() ? 200 : 422, body);
    }

    ObjectNode status() {
        ObjectNode root = Json.object();
        ServedRuleBase rb = holder.current();
        if (rb == null) {
            root.putNull("ruleBase");
        } else {
            root.set("ruleBase", describe(rb).put("rules", rb.rules().size()));
        }
        LoadFailure f = holder.lastFailure();
        if (f == null) {
            root.putNull("lastFailure");
        } else {
            ObjectNode failure = root.putObject("lastFailure");
            failure.put("at", f.at().toString()).put("origin", f.source()).put("message", f.message());
            ArrayNode problems = failure.putArray("problems");
            f.problems().forEach(p -> problems.addObject().put("file", p.file()).put("line", p.line())
                    .put("message", p.message()));
        }
        root.putObject("reloads").put("ok", holder.reloadsOk()).put("failed", holder.reloadsFailed());
        return root;
    }

    /** The assessment's {@code ruleBase} (name, version, digest, drafts), and where and when it was loaded. */
    static ObjectNode describe(ServedRuleBase rb) {
        ObjectNode o = Json.object().put("name", rb.identity().name()).put("version", rb.identity().version())
                .put("digest", rb.digest());
        if (rb.identity().drafts() != null) {
            o.put("drafts", true);
        }
        return o.put("origin", rb.source()).put("loadedAt", rb.loadedAt().toString());
    }
}
