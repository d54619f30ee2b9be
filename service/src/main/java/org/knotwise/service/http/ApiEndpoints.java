package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.Explain;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.report.ReportEndpoints;
import org.knotwise.service.rules.RuleBaseFacts;
import org.knotwise.service.rules.ServedRuleBase;
import org.knotwise.service.store.ServedCaseLog;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The plain JSON API: {@code POST /v1/assess}, {@code POST /v1/batch}, {@code GET /v1/rules}. */
public final class ApiEndpoints {
    public static final String RULE_BASE_HEADER = "X-Knotwise-Rule-Base";

    private final Assessor assessor;
    private final ServiceConfig config;
    private final ServedCaseLog log;

    public ApiEndpoints(Assessor assessor, ServiceConfig config, ServedCaseLog log) {
        this.assessor = assessor;
        this.config = config;
        this.log = log;
    }

    public List<Route> routes() {
        return List.of(
                Route.secured("POST", "/v1/assess", this::assess),
                Route.secured("POST", "/v1/batch", this::batch),
                Route.secured("GET", "/v1/rules", this::rules));
    }

    private void assess(Exchange ex) throws IOException {
        String explain = ex.query("explain");
        Explain level = Assessor.explainLevel(explain); // refuse a bad value before reading the body
        ReportEndpoints.Format format = ReportEndpoints.Format.parse(ex.query("format"));
        ServedRuleBase rb = assessor.ruleBase();
        String language = RequestLanguage.of(ex, rb.engine().languages());
        String body = ex.body(config.maxBodyBytes(), config.readTimeoutMillis());
        JsonNode caseJson = Json.parse(body);
        if (caseJson.path("id").isTextual()) {
            ex.caseId(caseJson.path("id").asText());
        }
        Assessor.Assessed assessed = assessor.assessed(rb, caseJson, level, language);
        log.served("/v1/assess", caseJson, rb.digest(), List.of());
        ex.header(RULE_BASE_HEADER, rb.digest());
        ex.header(RequestLanguage.CONTENT_LANGUAGE, language == null ? "en" : language);
        if (format == ReportEndpoints.Format.JSON) {
            ex.sendJson(200, assessed.jsonText());
        } else {
            ReportEndpoints.send(ex, format, assessed.input(), assessed.assessment(),
                    rb.engine().ruleBase().knowledgeBase());
        }
    }

    private void batch(Exchange ex) throws IOException {
        ServedRuleBase rb = assessor.ruleBase();
        long max = config.maxBatchBytes();
        if (ex.request().getLength() > max) {
            throw new HttpError(413, "TOO_LARGE", null, "the batch is over the limit of " + max + " bytes");
        }
        String language = RequestLanguage.of(ex, rb.engine().languages());
        BatchProcessor processor = new BatchProcessor(language == null ? rb.engine() : rb.engine().inLanguage(language), BatchOptions.withThreads(config.batchThreads())
                .maxLineBytes((int) Math.min(Integer.MAX_VALUE, config.maxBodyBytes())));
        ex.header(RULE_BASE_HEADER, rb.digest());
        ex.header(RequestLanguage.CONTENT_LANGUAGE, language == null ? "en" : language);
        OutputStream out = ex.stream(200, "application/x-ndjson");
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            processor.run(new Capped(ex.bodyStream(), max), writer);
        }
        ex.finish();
    }

    private void rules(Exchange ex) {
        ServedRuleBase rb = assessor.ruleBase();
        ObjectNode root = Json.object();
        root.set("ruleBase", OpsEndpoints.describe(rb));
        ArrayNode rules = root.putArray("rules");
        for (RuleBaseFacts.RuleSummary r : rb.rules()) {
            rules.addObject().put("id", r.id()).put("name", r.name()).put("source", r.source())
                    .put("phase", r.phase()).put("file", r.file());
        }
        ex.header(RULE_BASE_HEADER, rb.digest());
        ex.sendJson(200, root);
    }

    /** Stops reading a streamed body past the batch limit (the answer is already under way by then). */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > max) {
                throw new IOException("the batch is over the limit of " + max + " bytes");
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (read += n) > max) {
                throw new IOException("the batch is over the limit of " + max + " bytes");
            }
            return n;
        }
    }
}
