package org.knotwise.service.http;

import org.junit.jupiter.api.Test;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {
    @Test
    void requestsLatencyErrorsReloadsAndTheRuleBaseAreExported() throws Exception {
        try (TestService s = TestService.start()) {
            s.client.post("/v1/assess", Cases.WRIST);
            s.client.post("/v1/assess", "{");
            String text = s.client.get("/metrics").body();
            assertThat(text).contains("knotwise_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/assess\",status=\"200\"");
            assertThat(text).contains("knotwise_http_requests_seconds_count{method=\"POST\",route=\"/v1/assess\",status=\"400\"} 1");
            assertThat(text).contains("knotwise_errors_total{code=\"MALFORMED_JSON\"} 1.0");
            assertThat(text).contains("knotwise_rulebase_reloads_total{outcome=\"ok\"} 1.0");
            assertThat(text).containsPattern("knotwise_rulebase_info\\{digest=\"" + s.service.ruleBases().current().digest()
                    + "\",name=\"knotwise\",version=\"[^\"]+\"} 1");
            assertThat(text).containsPattern("knotwise_rulebase_rules \\d+");
        }
    }
}
