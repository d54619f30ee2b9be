package org.knotwise.service.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the service keeps CDS Hooks feedback and, when enabled, the cases it served (health data:
 * opt-in with {@code --log-cases}).
 */
public interface Store extends AutoCloseable {

    /** A card as served, so feedback on it can be traced to its case. */
    record CardRef(String uuid, String indicator, String summary) {
    }

    /** One case served: the case JSON exactly as assessed, and which rule base answered. */
    record ServedCase(String id, Instant at, String endpoint, String caseId, String caseJson, String ruleBase,
                      List<CardRef> cards) {
    }

    /** One feedback entry (CDS Hooks 2.0 §feedback) on one card. */
    record Feedback(String id, Instant receivedAt, String serviceId, String card, String outcome,
                    String overrideCode, String overrideSystem, String overrideDisplay, String userComment,
                    String outcomeTimestamp, String acceptedSuggestions) {
    }

    void saveServed(ServedCase served) throws Exception;

    void saveFeedback(List<Feedback> feedback) throws Exception;

    /** Served cases at or after {@code since} (null: all), oldest first, each with its feedback. */
    void servedSince(Instant since, Consumer<ServedWithFeedback> each) throws Exception;

    /** Feedback received at or after {@code since} (null: all), oldest first. */
    void feedbackSince(Instant since, Consumer<Feedback> each) throws Exception;

    record ServedWithFeedback(ServedCase served, List<Feedback> feedback) {
    }

    @Override
    void close();

    /** Stores nothing: no database configured. */
    Store NONE = new Store() {
        @Override
        public void saveServed(ServedCase served) {
        }

        @Override
        public void saveFeedback(List<Feedback> feedback) {
        }

        @Override
        public void servedSince(Instant since, Consumer<ServedWithFeedback> each) {
        }

        @Override
        public void feedbackSince(Instant since, Consumer<Feedback> each) {
        }

        @Override
        public void close() {
        }
    };
}
