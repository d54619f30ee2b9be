package org.knotwise.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two pages a person reads, asked for in Spanish and rendered by chromium (issue 21): the body-map
 * page ({@code assess --format html --lang es}) and the batch summary ({@code report --lang es}) have
 * Spanish headings and none of their English ones. Skipped loudly without chromium; CI fails instead.
 */
class SpanishPagesIT {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theBodyMapPageRendersInSpanish() throws Exception {
        Path html = dir.resolve("wrist.es.html");
        CliProcess.Result r = CliProcess.run(dir, null, "assess", EXAMPLES.resolve("wrist-referred.json").toString(),
                "--format", "html", "--lang", "es", "--output", html.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(html.toUri().toString()));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).startsWith("Mapa corporal de Knotwise");
        List<String> headings = page.select("h1, h2, h3, summary").eachText();
        assertThat(headings).anyMatch(h -> h.startsWith("Valoración de Knotwise"))
                .contains("Lo primero", "Dónde buscar", "El plan", "Qué puede esperar")
                .anyMatch(h -> h.startsWith("Cómo se llegó a esto"));
        assertThat(String.join("\n", headings)).doesNotContain("Knotwise assessment", "First", "Where to look",
                "The plan", "What to expect", "How this was reached", "Set aside", "Corrections", "Why it may not");
        assertThat(page.selectFirst("li.key-pain").text()).startsWith("Dónde duele:");
        assertThat(page.select("svg text.view-label").eachText()).containsExactly("Vista frontal", "Vista posterior");
    }

    @Test
    void theSummaryReportRendersInSpanish() throws Exception {
        CliProcess.Result batch = CliProcess.run(dir, null, "batch", EXAMPLES.resolve("batch.jsonl").toString(),
                "--output", "out.jsonl");
        assertThat(dir.resolve("out.jsonl")).as(batch.stderr()).exists(); // its error lines make the exit code 1
        CliProcess.Result r = CliProcess.run(dir, null, "report", "out.jsonl", "--input",
                EXAMPLES.resolve("batch.jsonl").toString(), "--lang", "es", "--output", "report.html");
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(dir.resolve("report.html").toUri().toString()));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Resumen del lote de Knotwise: out.jsonl");
        List<String> headings = page.select("h2").eachText();
        assertThat(headings).contains("Automasaje, profesional o signo de alarma", "Errores por código", "Precauciones",
                "Motivos para consultar a un profesional", "Por zona de dolor: qué se aconsejó", "Por intensidad: qué se aconsejó");
        assertThat(String.join("\n", headings)).doesNotContain("Self-care", "Urgency", "Errors by code", "Top sites",
                "Cautions", "Reasons to see", "By pain region", "what was advised");
        assertThat(page.select("#totals dt").eachText()).containsExactly("Líneas", "Casos valorados", "Líneas con error");
        assertThat(page.select("table.breakdown th").eachText()).contains("zona de dolor", "casos", "errores")
                .doesNotContain("pain region", "cases", "errors", "most frequent top site");
    }
}
