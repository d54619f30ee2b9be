package com.example.knots;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.engine.batch.BatchSummary;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.InvalidCaseException;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** What the README's "Embedding" section shows, as a program: one case, a bad case, a small batch. */
public final class Embedding {
    public static void main(String[] args) throws Exception {
        Knotwise knotwise = Knotwise.builtIn(); // build once, share: immutable and thread-safe

        String json = Files.readString(Path.of(args[0]));
        Assessment a = knotwise.assess(KnotwiseJson.readCase(json));
        System.out.println("top site: " + a.candidateSites().get(0).region());
        System.out.println(KnotwiseJson.write(a));

        try {
            knotwise.assess(KnotwiseJson.readCase("{\"id\":\"x\",\"complaint\":{\"regions\":[\"lower back\"]}}"));
        } catch (InvalidCaseException e) {
            System.out.println("invalid: " + e.error().code() + " at " + e.error().field());
        }

        String lines = "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}}\nnot json\n";
        StringWriter out = new StringWriter();
        AtomicBoolean stop = new AtomicBoolean(); // set it from another thread to stop at a line boundary
        BatchSummary summary = new BatchProcessor(knotwise, BatchOptions.withThreads(2))
                .run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out, null, stop);
        System.out.print(out);
        System.out.println("batch: " + summary.lines() + " lines, " + summary.errors() + " error(s)");
    }
}
