package org.knotwise.service.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwise.service.cds.CdsEndpoints;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An issuer's keys from a JWKS URL, served here on 127.0.0.1: fetched, refreshed for a rotated-in key, unreachable. */
class JwksUrlTest {
    static final String ISS = "https://ehr.example.org";
    static final String PATH = "/cds-services/" + CdsEndpoints.PAIN_REPORT_ID;

    HttpServer jwksServer;
    final AtomicReference<String> published = new AtomicReference<>();
    final AtomicInteger fetches = new AtomicInteger();
    ECKey first;

    @BeforeEach
    void serveJwks() throws Exception {
        first = new ECKeyGenerator(Curve.P_384).keyID("k-1").generate();
        published.set(new JWKSet(first.toPublicJWK()).toString());
        jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwksServer.createContext("/jwks.json", ex -> {
            fetches.incrementAndGet();
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        jwksServer.start();
    }

    @AfterEach
    void stopJwks() {
        jwksServer.stop(0);
    }

    String jwksUrl() {
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json";
    }

    static ServiceConfig.Auth auth(String url) {
        return new ServiceConfig.Auth(List.of(new ServiceConfig.Issuer(ISS, null, url)), null);
    }

    static TestService start(ServiceConfig.Auth auth) throws Exception {
        ServiceConfig config = TestService.config().withSecurity(null, auth, null);
        return TestService.start(config, new JwtAuthenticator(auth), Store.NONE, null, RuleBaseLoader.PLAIN);
    }

    static String token(TestService s, ECKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISS).audience(s.client.uri(PATH).toString())
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 120_000))
                .jwtID(UUID.randomUUID().toString()).subject("client-1").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    static Answer call(TestService s, String token) {
        String body = "{\"hook\":\"" + CdsEndpoints.PAIN_REPORT_HOOK + "\",\"hookInstance\":\"h1\",\"context\":{\"case\":"
                + Cases.PLAN_ONLY + "}}";
        return s.client.post(PATH, body, "Authorization", "Bearer " + token);
    }

    @Test
    void aTokenSignedWithAPublishedKeyIsAcceptedAndAnUnpublishedOneRefused() throws Exception {
        try (TestService s = start(auth(jwksUrl()))) {
            assertThat(fetches.get()).as("fetched at start").isPositive();
            Answer ok = call(s, token(s, first));
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);

            ECKey stranger = new ECKeyGenerator(Curve.P_384).keyID("k-1").generate(); // same kid, other key
            Answer refused = call(s, token(s, stranger));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void aKeyTheIssuerRotatesInIsFetchedWhenATokenFirstNamesIt() throws Exception {
        try (TestService s = start(auth(jwksUrl()))) {
            assertThat(call(s, token(s, first)).status()).isEqualTo(200);
            ECKey second = new ECKeyGenerator(Curve.P_384).keyID("k-2").generate();
            published.set(new JWKSet(List.of(first.toPublicJWK(), second.toPublicJWK())).toString());
            int fetched = fetches.get();
            Answer after = call(s, token(s, second));
            assertThat(after.status()).as(after.body()).isEqualTo(200);
            assertThat(fetches.get()).as("the set was fetched again for the new key id").isGreaterThan(fetched);
            assertThat(call(s, token(s, first)).status()).as("the old key still works").isEqualTo(200);
        }
    }

    @Test
    void unknownKeyIdsDoNotMakeTheServiceHammerTheKeyServer() throws Exception {
        try (TestService s = start(auth(jwksUrl()))) {
            int fetched = fetches.get();
            for (int i = 0; i < 5; i++) {
                ECKey unknown = new ECKeyGenerator(Curve.P_384).keyID("bogus-" + i).generate();
                Answer a = call(s, token(s, unknown));
                assertThat(a.status()).isEqualTo(401);
                assertThat(a.json().path("error").path("message").asText()).startsWith("token");
            }
            assertThat(fetches.get() - fetched).as("fetches for 5 unknown key ids").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void anUnreachableJwksUrlStopsTheServiceAtItsStartNamingIssuerAndUrl() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort(); // free once closed: nothing listens there
        }
        String url = "http://127.0.0.1:" + closed + "/jwks.json";
        assertThatThrownBy(() -> new JwtAuthenticator(auth(url)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(ISS).hasMessageContaining(url).hasMessageContaining("could not be fetched");
    }

    @Test
    void plainHttpIsRefusedForAKeyServerOffLoopback() {
        assertThatThrownBy(() -> new JwtAuthenticator(auth("http://keys.example.org/jwks.json")))
                .isInstanceOf(IOException.class).hasMessageContaining("https");
    }

    @Test
    void whenTheKeyServerGoesAwayKnownKeysStillWorkAndAnUnknownKeyGetsAClear401() throws Exception {
        try (TestService s = start(auth(jwksUrl()))) {
            assertThat(call(s, token(s, first)).status()).isEqualTo(200);
            jwksServer.stop(0);
            assertThat(call(s, token(s, first)).status()).as("cached keys").isEqualTo(200);

            ECKey unknown = new ECKeyGenerator(Curve.P_384).keyID("k-9").generate();
            Answer a = call(s, token(s, unknown));
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(a.json().path("error").path("message").asText()).contains("token");
        }
    }
}
