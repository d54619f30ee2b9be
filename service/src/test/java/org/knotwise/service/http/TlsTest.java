package org.knotwise.service.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.TestService;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS from a PKCS12 keystore made here with the JDK's keytool. */
class TlsTest {
    @TempDir
    Path tmp;

    @Test
    void theServiceAnswersOverTlsWithTheKeystoresCertificate() throws Exception {
        Path ks = tmp.resolve("service.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "knotwise", "-keyalg", "EC", "-groupname",
                "secp384r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();

        ServiceConfig config = TestService.config().withSecurity(new ServiceConfig.Cors(List.of()),
                null, new ServiceConfig.Tls(ks.toString(), "changeit", "PKCS12", null));
        try (TestService s = TestService.start(config, Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN)) {
            assertThat(s.service.uri().getScheme()).isEqualTo("https");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ks)) {
                trust.load(in, "changeit".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpResponse<String> r = HttpClient.newBuilder().sslContext(ssl).build().send(
                    HttpRequest.newBuilder(s.service.uri().resolve("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("ok");
        }
    }
}
