package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.Explain;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.http.ApiEndpoints;
import org.knotwise.engine.text.Messages;
import org.knotwise.service.http.Assessor;
import org.knotwise.service.http.RequestLanguage;
import org.knotwise.service.http.Exchange;
import org.knotwise.service.http.HttpError;
import org.knotwise.service.http.Json;
import org.knotwise.service.http.Route;
import org.knotwise.service.report.ReportEndpoints;
import org.knotwise.service.report.ReportStore;
import org.knotwise.service.rules.ServedRuleBase;
import org.knotwise.service.store.ServedCaseLog;
import org.knotwise.service.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CDS Hooks 2.0 (release 2.0.1): discovery, the two services, feedback, and the intake Questionnaire.
 *
 * <ul>
 * <li>{@value #PATIENT_VIEW_ID} on {@code patient-view}: the case comes from the patient's latest
 *     QuestionnaireResponse to the intake, which the client prefetches ({@value #PREFETCH_KEY});</li>
 * <li>{@value #PAIN_REPORT_ID} on {@value #PAIN_REPORT_HOOK}: the case comes in {@code context.case}.</li>
 * </ul>
 * The service does not query the FHIR server itself: without the prefetch it answers 412.
 */
public final class CdsEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(CdsEndpoints.class);

    public static final String PATIENT_VIEW_ID = "knotwise-patient-view";
    public static final String PAIN_REPORT_ID = "knotwise-pain-report";
    public static final String PAIN_REPORT_HOOK = "org.knotwise.pain-report-submit";
    public static final String PREFETCH_KEY = "painIntake";
    public static final String PREFETCH_QUERY = "QuestionnaireResponse?questionnaire=" + IntakeQuestionnaire.URL
            + "&subject=Patient/{{context.patientId}}&_sort=-authored&_count=1";

    private final Assessor assessor;
    private final ServiceConfig config;
    private final ServedCaseLog log;
    private final Store store;
    private final ReportStore reports;
    private final String questionnaire = Json.write(IntakeQuestionnaire.resource());

    public CdsEndpoints(Assessor assessor, ServiceConfig config, ServedCaseLog log, Store store, ReportStore reports) {
        this.assessor = assessor;
        this.reports = reports;
        this.config = config;
        this.log = log;
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/cds-services", ex -> ex.sendJson(200, discovery())),
                Route.secured("POST", "/cds-services/{id}", this::call),
                Route.secured("POST", "/cds-services/{id}/feedback", this::feedback),
                Route.open("GET", "/fhir/Questionnaire/" + IntakeQuestionnaire.ID,
                        ex -> ex.send(200, "application/fhir+json", questionnaire)));
    }

    static ObjectNode discovery() {
        ObjectNode root = Json.object();
        ArrayNode services = root.putArray("services");
        ObjectNode pv = services.addObject();
        pv.put("hook", "patient-view").put("title", "Knotwise self-massage advice")
                .put("description", "Self-massage advice for myofascial trigger points, or when to see a professional,"
                        + " from the patient's latest Knotwise pain intake (FHIR Questionnaire "
                        + IntakeQuestionnaire.URL + ").")
                .put("id", PATIENT_VIEW_ID);
        pv.putObject("prefetch").put(PREFETCH_KEY, PREFETCH_QUERY);
        pv.put("usageRequirements", "Patients fill in the Questionnaire at /fhir/Questionnaire/"
                + IntakeQuestionnaire.ID + "; the client prefetches their latest response.");
        ObjectNode pr = services.addObject();
        pr.put("hook", PAIN_REPORT_HOOK).put("title", "Knotwise pain report")
                .put("description", "Self-massage advice for a pain report submitted as a Knotwise case in context.case"
                        + " (the Knotwise case format, version 2).")
                .put("id", PAIN_REPORT_ID);
        return root;
    }

    private void call(Exchange ex) throws IOException {
        String id = ex.path("id");
        String hook = switch (id) {
            case PATIENT_VIEW_ID -> "patient-view";
            case PAIN_REPORT_ID -> PAIN_REPORT_HOOK;
            default -> throw HttpError.notFound("no CDS service " + id);
        };
        ServedRuleBase rb = assessor.ruleBase();
        String language = RequestLanguage.of(ex, rb.engine().languages());
        Messages words = language == null ? rb.engine().messages().english()
                : rb.engine().messages().language(language).orElseThrow();
        ex.header(RequestLanguage.CONTENT_LANGUAGE, words.language());
        JsonNode request = Json.parse(ex.body(config.maxBodyBytes(), config.readTimeoutMillis()));
        if (!request.isObject()) {
            throw HttpError.badRequest("WRONG_TYPE", null, "a CDS Hooks request is a JSON object");
        }
        requireText(request, "hook");
        String hookInstance = requireText(request, "hookInstance");
        if (!request.path("hook").asText().equals(hook)) {
            throw HttpError.badRequest("UNKNOWN_VALUE", "hook", "service " + id + " answers the hook " + hook
                    + ", not " + request.path("hook").asText());
        }
        if (!request.path("context").isObject()) {
            throw HttpError.badRequest(request.has("context") ? "WRONG_TYPE" : "MISSING_FIELD", "context",
                    "context must be an object");
        }
        ObjectNode response = Json.object();
        JsonNode caseJson = hook.equals("patient-view") ? fromPrefetch(request, hookInstance)
                : fromContext(request.path("context"));
        if (caseJson == null) {
            response.putArray("cards"); // no intake on file: nothing to say
            ex.sendJson(200, response);
            return;
        }
        if (caseJson.path("id").isTextual()) {
            ex.caseId(caseJson.path("id").asText());
        }
        Assessor.Assessed assessed;
        try {
            assessed = assessor.assessed(rb, caseJson, Explain.FULL, language);
        } catch (HttpError e) {
            throw withContextField(e, hook);
        }
        ArrayNode cards = new CardBuilder(rb.rules(), words).cards(assessed.json());
        if (reports.enabled() && !cards.isEmpty()) {
            String token = reports.put(assessed.input(), assessed.assessment(), rb.engine().ruleBase().knowledgeBase());
            CardBuilder.linkReport(cards, ReportEndpoints.url(ex, token), words);
        }
        response.set("cards", cards);
        List<Store.CardRef> refs = new ArrayList<>();
        cards.forEach(c -> refs.add(new Store.CardRef(c.path("uuid").asText(), c.path("indicator").asText(),
                c.path("summary").asText())));
        log.served("/cds-services/" + id, caseJson, rb.digest(), refs);
        ex.header(ApiEndpoints.RULE_BASE_HEADER, rb.digest());
        ex.sendJson(200, response);
    }

    /** An error in the case names its field inside the request: {@code context.case.spots[0]...}, or the linkId. */
    private static HttpError withContextField(HttpError e, String hook) {
        if (e.status() != 400) {
            return e;
        }
        if (hook.equals("patient-view")) {
            String linkId = QuestionnaireResponseMapper.linkIdOf(e.field());
            return new HttpError(400, e.code(), e.field(), (linkId == null ? "" : "question " + linkId + ": ")
                    + e.getMessage(), e.caseId(), Map.of(), linkId == null ? Map.of() : Map.of("linkId", linkId));
        }
        String field = e.field() == null ? "context.case" : "context.case." + e.field();
        return new HttpError(400, e.code(), field, e.getMessage(), e.caseId(), Map.of(), Map.of());
    }

    private static JsonNode fromContext(JsonNode context) {
        JsonNode c = context.get("case");
        if (c == null || c.isNull()) {
            throw HttpError.badRequest("MISSING_FIELD", "context.case", "the hook's context carries no case");
        }
        return c;
    }

    /** The latest QuestionnaireResponse in the prefetch, as a case; null when the patient has none. */
    private static JsonNode fromPrefetch(JsonNode request, String hookInstance) {
        JsonNode prefetched = request.path("prefetch").get(PREFETCH_KEY);
        if (prefetched == null || prefetched.isNull()) {
            throw new HttpError(412, "MISSING_PREFETCH", "prefetch." + PREFETCH_KEY,
                    "send the prefetch " + PREFETCH_KEY + " (" + PREFETCH_QUERY + "): this service does not query"
                            + " the FHIR server itself");
        }
        JsonNode latest = prefetched;
        if ("Bundle".equals(prefetched.path("resourceType").asText())) {
            latest = null;
            for (JsonNode entry : prefetched.path("entry")) {
                JsonNode r = entry.path("resource");
                if ("QuestionnaireResponse".equals(r.path("resourceType").asText())
                        && (latest == null || r.path("authored").asText("").compareTo(latest.path("authored").asText("")) > 0)) {
                    latest = r;
                }
            }
            if (latest == null) {
                return null;
            }
        }
        return QuestionnaireResponseMapper.toCase(latest, hookInstance);
    }

    private static String requireText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw HttpError.badRequest("MISSING_FIELD", field, field + " is required");
        }
        if (!v.isTextual()) {
            throw HttpError.badRequest("WRONG_TYPE", field, field + " must be a string");
        }
        return v.asText();
    }

    private void feedback(Exchange ex) throws Exception {
        String id = ex.path("id");
        if (!id.equals(PATIENT_VIEW_ID) && !id.equals(PAIN_REPORT_ID)) {
            throw HttpError.notFound("no CDS service " + id);
        }
        JsonNode body = Json.parse(ex.body(config.maxBodyBytes(), config.readTimeoutMillis()));
        JsonNode list = body.path("feedback");
        if (!list.isArray()) {
            throw HttpError.badRequest(body.has("feedback") ? "WRONG_TYPE" : "MISSING_FIELD", "feedback",
                    "feedback must be an array");
        }
        List<Store.Feedback> entries = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String at = "feedback[" + i + "]";
            String card = requireText(f, "card", at);
            String outcome = requireText(f, "outcome", at);
            if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
                throw HttpError.badRequest("UNKNOWN_VALUE", at + ".outcome", "outcome is accepted or overridden, not " + outcome);
            }
            JsonNode reason = f.path("overrideReason").path("reason");
            String comment = f.path("overrideReason").path("userComment").asText(null);
            entries.add(new Store.Feedback(UUID.randomUUID().toString(), now, id, card, outcome,
                    reason.path("code").asText(null), reason.path("system").asText(null),
                    reason.path("display").asText(null), comment, f.path("outcomeTimestamp").asText(null),
                    f.has("acceptedSuggestions") ? f.get("acceptedSuggestions").toString() : null));
        }
        try {
            store.saveFeedback(entries);
        } catch (Exception e) {
            LOG.error("could not store feedback for {}: {}", id, e.getClass().getSimpleName());
            throw new HttpError(500, "STORE_FAILURE", null, "the feedback could not be stored");
        }
        ex.sendJson(200, Json.object().put("stored", entries.size()));
    }

    private static String requireText(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw HttpError.badRequest("MISSING_FIELD", at + "." + field, field + " is required");
        }
        if (!v.isTextual()) {
            throw HttpError.badRequest("WRONG_TYPE", at + "." + field, field + " must be a string");
        }
        return v.asText();
    }
}
