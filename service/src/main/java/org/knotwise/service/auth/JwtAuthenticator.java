package org.knotwise.service.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.knotwise.service.config.ServiceConfig;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * CDS Hooks client authentication: a bearer JWT signed ES384 or RS384 (nothing else: no {@code none},
 * no HMAC), from an allowed issuer whose keys come from the configured JWKS (never from a URL the
 * token names), with {@code aud} the endpoint's URL, an {@code exp} no further ahead than the token
 * lifetime allows, and a {@code jti} never seen before.
 */
public final class JwtAuthenticator implements Authenticator {
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384);
    private static final long CLOCK_SKEW_SECONDS = 60;

    private final Map<String, DefaultJWTProcessor<SecurityContext>> byIssuer = new HashMap<>();
    private final long maxLifetimeSeconds;
    private final JtiReplayGuard replay = new JtiReplayGuard(1_000_000);

    public JwtAuthenticator(ServiceConfig.Auth auth) throws IOException, ParseException {
        this.maxLifetimeSeconds = auth.maxTokenLifetimeSeconds();
        for (ServiceConfig.Issuer issuer : auth.issuers()) {
            byIssuer.put(issuer.iss(), processor(keys(issuer)));
        }
    }

    private static JWKSource<SecurityContext> keys(ServiceConfig.Issuer issuer) throws IOException, ParseException {
        if (issuer.jwksFile() != null) {
            return new ImmutableJWKSet<>(JWKSet.load(new File(issuer.jwksFile())));
        }
        if (issuer.jwksUrl() != null) {
            return remoteKeys(issuer.iss(), issuer.jwksUrl());
        }
        throw new IllegalArgumentException("issuer " + issuer.iss() + " has neither jwksFile nor jwksUrl");
    }

    /**
     * The issuer's keys from its JWKS URL, cached and fetched again when a token names a key id not
     * seen yet (a key the issuer rotated in). Fetched once here, so a wrong or unreachable URL stops the
     * service at its start instead of refusing the first clinician. Plain http only on loopback: the
     * keys decide who may call.
     */
    private static JWKSource<SecurityContext> remoteKeys(String iss, String jwksUrl) throws IOException {
        URL url;
        try {
            url = URI.create(jwksUrl).toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new IOException("issuer " + iss + ": jwksUrl is not a URL: " + jwksUrl);
        }
        boolean loopback = Set.of("127.0.0.1", "localhost", "[::1]").contains(url.getHost());
        if (!url.getProtocol().equals("https") && !(url.getProtocol().equals("http") && loopback)) {
            throw new IOException("issuer " + iss + ": jwksUrl must be https (plain http only on loopback): " + jwksUrl);
        }
        JWKSource<SecurityContext> source = JWKSourceBuilder.create(url).retrying(true).build();
        try {
            source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        } catch (KeySourceException e) {
            throw new IOException("issuer " + iss + ": its JWKS could not be fetched from " + jwksUrl + ": "
                    + e.getMessage(), e);
        }
        return source;
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(ALLOWED, keys));
        return p;
    }

    public boolean hasIssuers() {
        return !byIssuer.isEmpty();
    }

    @Override
    public void authenticate(String authorization, String endpointUrl) throws AuthException {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AuthException("no bearer token");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(authorization.substring(7).trim());
        } catch (ParseException e) {
            throw new AuthException("the token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new AuthException("the token is not signed");
        }
        JWSAlgorithm alg = signed.getHeader().getAlgorithm();
        if (!ALLOWED.contains(alg)) {
            throw new AuthException("algorithm " + alg + " is not allowed (ES384 or RS384 only)");
        }
        String iss;
        try {
            iss = signed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new AuthException("the token's claims are not readable");
        }
        DefaultJWTProcessor<SecurityContext> processor = iss == null ? null : byIssuer.get(iss);
        if (processor == null) {
            throw new AuthException("issuer not allowed: " + iss);
        }
        JWTClaimsSet claims;
        try {
            DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(endpointUrl,
                    new JWTClaimsSet.Builder().issuer(iss).build(), Set.of("iss", "aud", "exp", "jti"));
            verifier.setMaxClockSkew((int) CLOCK_SKEW_SECONDS);
            // one verifier per call: the audience is the URL called
            synchronized (processor) {
                processor.setJWTClaimsSetVerifier(verifier);
                claims = processor.process(signed, null);
            }
        } catch (BadJOSEException e) {
            throw new AuthException("token refused: " + e.getMessage());
        } catch (RateLimitReachedException e) {
            // a key id not seen yet was looked up moments ago: the key server is not asked again so soon
            throw new AuthException("token refused: its key id is not among the issuer's keys, fetched again"
                    + " less than 30 s ago");
        } catch (KeySourceException e) {
            throw new AuthException("token not checked: the keys of issuer " + iss
                    + " could not be fetched from its JWKS URL (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (Exception e) {
            throw new AuthException("token refused: " + e.getClass().getSimpleName());
        }
        long now = System.currentTimeMillis();
        long exp = claims.getExpirationTime().getTime();
        if (exp - now > (maxLifetimeSeconds + CLOCK_SKEW_SECONDS) * 1000) {
            throw new AuthException("the token lives too long (exp at most " + maxLifetimeSeconds + " s ahead)");
        }
        if (!replay.firstUse(iss, claims.getJWTID(), exp + CLOCK_SKEW_SECONDS * 1000, now)) {
            throw new AuthException("token already used (jti replayed)");
        }
    }
}
