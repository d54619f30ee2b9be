package org.knotwise.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in rules must start from the executable model compiled at build time. Without it the engine
 * still works (it compiles the DRL at start), only several times slower, so nothing else would notice.
 */
class ExecutableModelTest {

    @Test
    void theRulesJarCarriesTheExecutableModel() throws IOException {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/kie/org.knotwise/knotwise-rules/drools-model")) {
            assertThat(in).as("the kie-maven-plugin's model list in the rules jar").isNotNull();
            String models = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(models).contains("org.knotwise.rules.Rules");
        }
    }
}
