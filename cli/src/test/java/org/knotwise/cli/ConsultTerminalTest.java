package org.knotwise.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code knotwise consult} in a real terminal: a separate JVM under a pseudo-terminal made by util-linux's
 * {@code script}, so the dialogue reads a tty (line editing, echo) as a person's would. Each answer is typed
 * only once its prompt is on the screen. Covers a checklist answered "1,3"-style, why, back and stop.
 */
class ConsultTerminalTest {
    private static final long WAIT_MILLIS = 180_000; // a cold JVM compiling the rules on a busy 2-core machine

    /** The screen so far, read by a thread of its own. */
    private static final class Screen {
        private final StringBuilder text = new StringBuilder();

        Screen(InputStream in) {
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[4096];
                try {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        synchronized (text) {
                            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                            text.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "pty-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits until {@code expected} shows after position {@code from}; returns where it ends. */
        int await(String expected, int from) throws InterruptedException {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            synchronized (text) {
                while (text.indexOf(expected, from) < 0) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new AssertionError("no '" + expected + "' on the screen after " + WAIT_MILLIS + " ms:\n" + text);
                    }
                    text.wait(left);
                }
                return text.indexOf(expected, from) + expected.length();
            }
        }

        String all() {
            synchronized (text) {
                return text.toString();
            }
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theDialogueRunsInAPseudoTerminalWithAChecklistWhyBackAndStop() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script),
                "SKIPPED LOUDLY: util-linux 'script' is not installed, so no pseudo-terminal can be made here"
                        + " (the stdin-script test, ConsultCommandTest, still drives the dialogue)");
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = String.join(" ", quote(java), "-Xss4m", "-cp", quote(System.getProperty("java.class.path")),
                KnotwiseCommand.class.getName(), "consult");
        Process p = new ProcessBuilder(List.of(script.toString(), "-qfec", command, "/dev/null"))
                .redirectErrorStream(true).start();
        try (OutputStream keys = p.getOutputStream()) {
            Screen screen = new Screen(p.getInputStream());
            int at = screen.await("Where does it hurt?", 0);
            at = type(screen, keys, at, org.knotwise.kb.Vocabulary.REGIONS.indexOf("calf") + 1 + "");
            at = screen.await("do any of these apply to you now?", at);
            at = type(screen, keys, at, "?");
            at = screen.await("Why: These signs", at);
            at = type(screen, keys, at, "none");
            at = screen.await("Did the pain start suddenly", at); // contract v3 §8.3: a calf's onset comes first
            at = type(screen, keys, at, "b");
            at = screen.await("(back)", at);
            at = screen.await("do any of these apply to you now?", at);
            at = type(screen, keys, at, "0");
            at = screen.await("Did the pain start suddenly", at);
            at = type(screen, keys, at, "2"); // gradually
            at = screen.await("Is there swelling", at);
            at = type(screen, keys, at, "2"); // no
            at = screen.await("How old are you", at);
            at = type(screen, keys, at, "40");
            at = screen.await("Do any of these apply to you?", at); // the cautions' checklist
            at = type(screen, keys, at, "1,9"); // 9 is no line: asked again
            at = screen.await("Please answer with a number from 1 to 2", at);
            at = type(screen, keys, at, "1,2"); // blood thinners, pregnant
            at = screen.await("Where have you already pressed", at);
            type(screen, keys, at, "q");
            screen.await("You stopped early", at);
            assertThat(p.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)).as(screen.all()).isTrue();
            assertThat(p.exitValue()).as(screen.all()).isZero();
            String out = screen.all();
            assertThat(out).contains("Blood thinners or a bleeding disorder"); // the provisional advice's caution
            assertThat(out.split("Did the pain start suddenly", -1)).as("the onset twice: before and after going back").hasSize(3);
            assertThat(out.split("Do any of these apply to you\\?", -1)).as("the checklist once").hasSize(2);
        } finally {
            p.destroy();
        }
    }

    /** Types a line once the prompt shows, as a person would; returns the screen position after the prompt. */
    private static int type(Screen screen, OutputStream keys, int from, String line) throws Exception {
        int at = screen.await("> ", from);
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return at;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
