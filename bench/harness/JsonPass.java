import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Baseline for the batch harness: reads the same JSON Lines file, parses each line to a tree with
 * Jackson and writes it back, one thread, no engine. What the batch costs above this is the engine.
 * Usage: java -cp knotwise.jar:CLASSES JsonPass IN  (writes to standard output)
 */
public final class JsonPass {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long lines = 0;
        long bad = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                try {
                    JsonNode node = json.readTree(line);
                    out.write(json.writeValueAsString(node));
                } catch (Exception e) {
                    bad++;
                    out.write("{\"error\":\"MALFORMED_JSON\"}");
                }
                out.write('\n');
            }
        }
        System.err.printf("JsonPass: %d line(s), %d not JSON%n", lines, bad);
    }
}
