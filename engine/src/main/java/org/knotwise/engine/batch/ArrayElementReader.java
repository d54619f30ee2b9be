package org.knotwise.engine.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.knotwise.engine.json.KnotwiseJson;

import java.io.IOException;
import java.io.InputStream;

/**
 * One JSON array of cases, streamed: each element becomes an input line numbered by the line where
 * it starts. Where the array breaks off, one last line carries the problem, and the reading stops.
 */
final class ArrayElementReader implements LineSource {
    /** Reads one element at a time: the elements after it are not "trailing tokens". */
    private static final ObjectReader ELEMENT = KnotwiseJson.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonParser parser;
    private boolean done;

    ArrayElementReader(InputStream in) throws IOException {
        this.parser = KnotwiseJson.mapper().getFactory().createParser(in);
        parser.nextToken(); // START_ARRAY
    }

    @Override
    public InputLine next() throws IOException {
        if (done) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        try {
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == null || token == JsonToken.END_ARRAY) {
                done = true;
                parser.close();
                return null;
            }
            JsonNode node = ELEMENT.readValue(parser);
            return new InputLine(line, node.toString(), null);
        } catch (JsonProcessingException e) {
            done = true;
            parser.close();
            return new InputLine(line, null, "the JSON array breaks off here: " + e.getOriginalMessage());
        }
    }
}
