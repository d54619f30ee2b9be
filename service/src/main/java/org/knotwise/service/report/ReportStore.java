package org.knotwise.service.report;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.KnowledgeBase;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The assessments that CDS cards link to, kept in memory so a browser can open the body-map report
 * later without the client's JWT: each under a random 256-bit token that is the only credential, for
 * a fixed time, at most {@code maxEntries} at once (the oldest goes first). Nothing is written to
 * disk, and a restart forgets them all. The report is drawn when it is asked for, not when the card
 * is made, so a hook call pays only for a token.
 */
public final class ReportStore {
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    // insertion order is expiry order: every report lives the same time
    private final LinkedHashMap<String, Report> reports = new LinkedHashMap<>();

    /** What a report is drawn from; the knowledge base is the one that assessed it (regions, map). */
    public record Report(Case input, Assessment assessment, KnowledgeBase kb, Instant expires) {
    }

    public ReportStore(int maxEntries, Duration ttl, Clock clock) {
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** False when configured with no room: cards then carry no link. */
    public boolean enabled() {
        return maxEntries > 0;
    }

    /** Keeps one assessment and returns its token; the oldest report goes when the store is full. */
    public String put(Case input, Assessment assessment, KnowledgeBase kb) {
        if (!enabled()) {
            throw new IllegalStateException("the report store is turned off (maxEntries 0)");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        synchronized (this) {
            Instant now = clock.instant();
            expire(now);
            while (reports.size() >= maxEntries) {
                Iterator<String> oldest = reports.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            reports.put(token, new Report(input, assessment, kb, now.plus(ttl)));
        }
        return token;
    }

    /** The report under this token, unless it expired, was pushed out, or never existed. */
    public synchronized Optional<Report> get(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        expire(clock.instant());
        return Optional.ofNullable(reports.get(token));
    }

    public synchronized int size() {
        expire(clock.instant());
        return reports.size();
    }

    private void expire(Instant now) {
        Iterator<Map.Entry<String, Report>> it = reports.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().expires().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }
}
