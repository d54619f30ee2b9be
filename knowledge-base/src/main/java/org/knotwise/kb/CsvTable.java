package org.knotwise.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one CSV file as rows of named cells, reporting in plain words rather than the parser's:
 * a row with more fields than the header almost always holds an unquoted comma, so the problem
 * says so and names the line. Rows are read as plain arrays (no schema) so that one bad row is
 * reported and skipped while the rest of the file is still read.
 */
final class CsvTable {

    /** One data row: its 1-based line and its cells by column name (blank cells are absent). */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }
    }

    private CsvTable() {
    }

    /**
     * Reads {@code in}; reports problems through {@code problems} with {@code file} and the line.
     * Returns the data rows (the header excluded); an empty list when the header is unusable.
     */
    static List<Row> read(InputStream in, String file, List<String> required, Consumer<Problem> problems)
            throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withComments())
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.TRIM_SPACES)
                .readValues(in)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                // The row's own line: once the row is read, the parser already stands on the next one.
                int line = it.getParser().currentLocation().getLineNr();
                String[] fields;
                try {
                    fields = it.nextValue();
                } catch (JsonProcessingException e) {
                    problems.accept(Problem.error(file, line, "cannot read this row: " + plain(e)));
                    continue;
                }
                if (isBlank(fields)) {
                    continue;
                }
                if (header == null) {
                    header = List.of(trimAll(fields));
                    for (String column : required) {
                        if (!header.contains(column)) {
                            problems.accept(Problem.error(file, line,
                                    "missing column '" + column + "' (expected " + required + ")"));
                        }
                    }
                    continue;
                }
                if (fields.length > header.size()) {
                    problems.accept(Problem.error(file, line, "too many fields (" + fields.length + ", expected "
                            + header.size() + "): quote a field that contains a comma, like \"Travell & Simons, Vol. 2\""));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    String v = fields[i] == null ? "" : fields[i].trim();
                    if (!v.isEmpty()) {
                        cells.put(header.get(i), v);
                    }
                }
                rows.add(new Row(line, Map.copyOf(cells)));
            }
        }
        return rows;
    }

    private static boolean isBlank(String[] fields) {
        for (String f : fields) {
            if (f != null && !f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String[] trimAll(String[] fields) {
        String[] out = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = fields[i] == null ? "" : fields[i].trim();
        }
        return out;
    }

    /** The parser's own message without its location suffix, which names a stream, not the file. */
    private static String plain(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("Missing closing quote")) {
            return "a quote opened in this row is never closed";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
