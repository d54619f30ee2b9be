package org.knotwise.service.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the cases served to the store when {@code --log-cases} is on (health data: opt-in), with
 * the rule base that answered. A store failure is logged (without the case) and never fails the
 * request: the person still gets their answer.
 */
public final class ServedCaseLog {
    private static final Logger LOG = LoggerFactory.getLogger(ServedCaseLog.class);

    private final Store store;
    private final boolean enabled;

    public ServedCaseLog(Store store, boolean enabled) {
        this.store = store;
        this.enabled = enabled;
    }

    public static ServedCaseLog off() {
        return new ServedCaseLog(Store.NONE, false);
    }

    public boolean enabled() {
        return enabled;
    }

    public void served(String endpoint, JsonNode caseJson, String ruleBase, List<Store.CardRef> cards) {
        if (!enabled) {
            return;
        }
        String caseId = caseJson.path("id").isTextual() ? caseJson.path("id").asText() : null;
        try {
            store.saveServed(new Store.ServedCase(UUID.randomUUID().toString(), Instant.now(), endpoint, caseId,
                    caseJson.toString(), ruleBase, cards));
        } catch (Exception e) {
            LOG.error("could not log served case {}: {}", caseId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
