package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.Messages;

import java.util.List;

/**
 * The intake Questionnaire's words in every language of a message book, as FHIR carries them: the English
 * text on the element, each other language in the standard translation extension on its {@code _element}
 * ({@code {"lang": "es", "content": "..."}}). An answer's display uses the words a person already reads
 * elsewhere: a region's {@code region.<id>}, else the consultation's {@code question.<field>.choice.<code>}.
 */
final class Translations {
    static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String TITLE = "fhir.title";

    private final Messages english;
    private final List<Messages> others;

    Translations(MessageBook book) {
        this.english = book.english();
        this.others = book.languages().stream().filter(l -> !l.equals(MessageBook.ENGLISH))
                .map(l -> book.language(l).orElseThrow()).toList();
    }

    /** {@code fhir.item.complaint.regions}; a spot's fields as {@code fhir.item.spot.tender}. */
    static String item(String linkId) {
        return "fhir.item." + linkId.replace("spots[]", "spot");
    }

    /** The key of an answer's display: a region's name, else the consultation's label for the code. */
    static String display(String linkId, String code) {
        if (linkId.equals("complaint.regions") || linkId.equals("spots[].region")) {
            return "region." + code;
        }
        return "question." + linkId + ".choice." + code;
    }

    String english(String key, String fallback) {
        String own = english.pattern(key);
        return own != null ? own : fallback;
    }

    /** Adds {@code _field} with a translation per language that has its own words for the key. */
    void translate(ObjectNode element, String field, String key) {
        ArrayNode extensions = null;
        for (Messages m : others) {
            String words = m.pattern(key);
            if (words == null) {
                continue;
            }
            if (extensions == null) {
                extensions = element.putObject("_" + field).putArray("extension");
            }
            ObjectNode translation = extensions.addObject().put("url", EXTENSION);
            ArrayNode parts = translation.putArray("extension");
            parts.addObject().put("url", "lang").put("valueCode", m.language());
            parts.addObject().put("url", "content").put("valueString", words);
        }
    }
}
