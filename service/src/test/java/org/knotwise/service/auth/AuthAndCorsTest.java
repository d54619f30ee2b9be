package org.knotwise.service.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.cds.CdsEndpoints;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** CDS Hooks client JWTs signed with keys made here, and CORS for a browser origin. */
class AuthAndCorsTest {
    static final String ISS = "https://ehr.example.org";
    static final String ORIGIN = "https://app.example.org";
    @TempDir
    static Path tmp;
    static ECKey ec;
    static RSAKey rsa;
    static TestService s;

    @BeforeAll
    static void start() throws Exception {
        ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        Path jwks = tmp.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK())).toString());
        ServiceConfig.Auth auth = new ServiceConfig.Auth(List.of(new ServiceConfig.Issuer(ISS, jwks.toString(), null)), null);
        ServiceConfig config = TestService.config().withSecurity(new ServiceConfig.Cors(List.of(ORIGIN)), auth, null);
        s = TestService.start(config, new JwtAuthenticator(auth), Store.NONE, null, RuleBaseLoader.PLAIN);
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    static String aud(String path) {
        return s.client.uri(path).toString();
    }

    static JWTClaimsSet.Builder claims(String path) {
        return new JWTClaimsSet.Builder().issuer(ISS).audience(aud(path)).issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 120_000)).jwtID(UUID.randomUUID().toString())
                .subject("client-1");
    }

    static String es384(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(ec.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(ec));
        return jwt.serialize();
    }

    static Answer call(String token) {
        String path = "/cds-services/" + CdsEndpoints.PAIN_REPORT_ID;
        String body = "{\"hook\":\"" + CdsEndpoints.PAIN_REPORT_HOOK + "\",\"hookInstance\":\"h1\",\"context\":{\"case\":"
                + Cases.PLAN_ONLY + "}}";
        return token == null ? s.client.post(path, body) : s.client.post(path, body, "Authorization", "Bearer " + token);
    }

    static String path() {
        return "/cds-services/" + CdsEndpoints.PAIN_REPORT_ID;
    }

    @Test
    void anEs384TokenFromAnAllowedIssuerIsAccepted() throws Exception {
        Answer a = call(es384(claims(path()).build()));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    @Test
    void anRs384TokenIsAccepted() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(rsa.getKeyID()).build(),
                claims(path()).build());
        jwt.sign(new RSASSASigner(rsa));
        assertThat(call(jwt.serialize()).status()).isEqualTo(200);
    }

    static void assertRefused(Answer a, String why) {
        assertThat(a.status()).as(why + ": " + a.body()).isEqualTo(401);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void noTokenIs401() {
        assertRefused(call(null), "no token");
    }

    @Test
    void anUnsignedTokenIs401() {
        assertRefused(call(new PlainJWT(claims(path()).build()).serialize()), "alg none");
    }

    @Test
    void anHmacTokenIs401() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(path()).build());
        jwt.sign(new MACSigner("a shared secret that is long enough for HS256!!".getBytes()));
        assertRefused(call(jwt.serialize()), "HMAC");
    }

    @Test
    void rs256IsNotEnough() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(),
                claims(path()).build());
        jwt.sign(new RSASSASigner(rsa));
        assertRefused(call(jwt.serialize()), "RS256");
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        assertRefused(call(es384(claims(path()).expirationTime(new Date(System.currentTimeMillis() - 300_000)).build())),
                "expired");
    }

    @Test
    void aTokenForAnotherEndpointIs401() throws Exception {
        assertRefused(call(es384(claims("/cds-services/" + CdsEndpoints.PATIENT_VIEW_ID).build())), "wrong aud");
    }

    @Test
    void anUnknownIssuerIs401() throws Exception {
        assertRefused(call(es384(claims(path()).issuer("https://evil.example.org").build())), "unknown iss");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        ECKey other = new ECKeyGenerator(Curve.P_384).keyID(ec.getKeyID()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(other.getKeyID()).build(),
                claims(path()).build());
        jwt.sign(new ECDSASigner(other));
        assertRefused(call(jwt.serialize()), "forged signature");
    }

    @Test
    void aReplayedJtiIs401() throws Exception {
        String token = es384(claims(path()).build());
        assertThat(call(token).status()).isEqualTo(200);
        assertRefused(call(token), "replayed jti");
    }

    @Test
    void aTokenLivingLongerThanFiveMinutesIs401() throws Exception {
        assertRefused(call(es384(claims(path()).expirationTime(new Date(System.currentTimeMillis() + 3_600_000)).build())),
                "exp an hour ahead");
    }

    @Test
    void theAdminEndpointsNeedATokenToo() throws Exception {
        assertRefused(s.client.post("/admin/reload", ""), "reload without token");
        Answer ok = s.client.get("/admin/status", "Authorization", "Bearer " + es384(claims("/admin/status").build()));
        assertThat(ok.status()).isEqualTo(200);
    }

    @Test
    void discoveryIsOpen() {
        assertThat(s.client.get("/cds-services").status()).isEqualTo(200);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(aud(path())))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isBetween(200, 204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()).contains("authorization");

        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(aud(path())))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example.org").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAllowedOriginSeesTheCorsHeadersOnTheAnswer() throws Exception {
        Answer a = s.client.get("/cds-services", "Origin", ORIGIN);
        assertThat(a.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
    }
}
