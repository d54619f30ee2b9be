package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without chromium a browser test fails in CI and is skipped, loudly, elsewhere. */
class HeadlessBrowserTest {
    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void aMissingBrowserFailsInCi() {
        assertThatThrownBy(() -> HeadlessBrowser.requireBrowser(MISSING, "true"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("apt-get install -y chromium");
    }

    @Test
    void aMissingBrowserSkipsWithTheReasonElsewhere() {
        assertThatThrownBy(() -> HeadlessBrowser.requireBrowser(MISSING, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("apt-get install -y chromium");
    }
}
