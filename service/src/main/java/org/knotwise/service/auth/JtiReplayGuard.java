package org.knotwise.service.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each token id ({@code jti}) until its token expires, so a token is accepted once. The
 * memory is bounded: tokens live at most a few minutes, and past the cap the guard refuses new
 * tokens rather than forget old ones.
 */
final class JtiReplayGuard {
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final int cap;
    private volatile long nextPurge;

    JtiReplayGuard(int cap) {
        this.cap = cap;
    }

    /** True the first time this issuer's jti is seen before it expires. */
    boolean firstUse(String iss, String jti, long expiresAtMillis, long nowMillis) {
        if (nowMillis >= nextPurge || seen.size() >= cap) {
            seen.values().removeIf(exp -> exp < nowMillis);
            nextPurge = nowMillis + 10_000;
        }
        if (seen.size() >= cap) {
            return false;
        }
        return seen.putIfAbsent(iss + '\n' + jti, expiresAtMillis) == null;
    }
}
