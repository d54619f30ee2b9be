package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.rulebase.MessageFolder;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.service.http.Json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pain intake as a FHIR R4 Questionnaire that health apps can render. Each question's
 * {@code linkId} is the contract's field path ({@code complaint.regions}, {@code spots[].tender}),
 * so an answer maps to one case field and an error on a field names the question to fix.
 */
public final class IntakeQuestionnaire {
    public static final String ID = "knotwise-pain-intake";
    public static final String URL = "http://knotwise.org/fhir/Questionnaire/" + ID;
    /** Follows the case format's version: 3 offers the red flags that version 3 added. */
    public static final String VERSION = "3";

    /**
     * One question: its linkId (a contract field path), FHIR type, whether it repeats, its codes and the words
     * shown for them (a code without words is shown as itself, hyphens as spaces).
     */
    record Question(String linkId, String text, String type, boolean repeats, boolean required, List<String> codes,
                    Map<String, String> displays) {
        boolean isGroup() {
            return type.equals("group");
        }

        String display(String code) {
            return displays.getOrDefault(code, code.replace('-', ' '));
        }
    }

    static final List<String> REGIONS = List.of("forehead", "temple", "jaw", "back-of-head", "neck-back", "neck-side",
            "shoulder-top", "shoulder-front", "shoulder-blade", "upper-arm-front", "upper-arm-back", "elbow-outer",
            "elbow-inner", "forearm-back", "forearm-front", "wrist-back", "wrist-front", "hand", "thumb", "fingers",
            "upper-back", "mid-back", "low-back", "chest", "abdomen", "buttock", "hip-side", "groin", "thigh-front",
            "thigh-back", "thigh-outer", "thigh-inner", "knee-front", "knee-back", "shin", "calf", "ankle", "heel",
            "sole", "top-of-foot");
    /**
     * The red flags of the contract (§4, §8.5), in its order, each shown with the consultation's label for it
     * (the {@code redFlags} checklist of questions.yaml), so a person reads the same words in either.
     * {@code bowel-or-bladder-change} says its narrow meaning, so that nobody ticks it for diarrhoea.
     */
    static final Map<String, String> RED_FLAG_LABELS = labels(
            "numbness-or-weakness", "Numbness or weakness in an arm or a leg",
            "bowel-or-bladder-change", "New loss of control of your bladder or bowels, or trouble passing urine (not diarrhoea)",
            "saddle-numbness", "Numbness between the legs or around the buttocks (the 'saddle' area)",
            "fever", "A fever, or feeling generally unwell",
            "unexplained-weight-loss", "Weight loss you cannot explain",
            "recent-trauma", "A recent fall, accident or injury where it hurts",
            "night-pain", "Pain that keeps you awake at night whatever position you lie in",
            "chest-pain", "Chest pain, pressure or tightness",
            "cancer-history", "Cancer now or in the past",
            "rapidly-worsening", "Pain that is getting worse quickly",
            "shortness-of-breath", "New shortness of breath",
            "fainting", "Fainting, or nearly fainting",
            "confusion", "New confusion, or unusual drowsiness",
            "stiff-neck", "A stiff neck you cannot bend forward to bring your chin to your chest",
            "vision-change", "New blurred, double or lost vision",
            "vomiting", "Vomiting",
            "blood-in-stool-vomit-or-urine", "Blood in your stools, vomit or urine",
            "rash", "A new rash or blisters where it hurts");
    static final List<String> RED_FLAGS = List.copyOf(RED_FLAG_LABELS.keySet());
    static final List<String> TOOLS = List.of("fingers", "thumb", "fist", "elbow", "ball", "tennis-ball",
            "backnobber", "foam-roller", "other");

    /** Top-level questions; a group's children follow it in {@link #CHILDREN}. */
    static final List<Question> QUESTIONS = List.of(
            group("complaint", "Your pain", false, true),
            group("person", "About you", false, false),
            new Question("redFlags", "Do any of these apply to you now?", "choice", true, false, RED_FLAGS,
                    RED_FLAG_LABELS),
            group("spots", "A spot you pressed (one per spot)", true, false),
            group("history", "Self-massage you have tried", false, false));

    static final List<List<Question>> CHILDREN = List.of(
            List.of(choice("complaint.regions", "Where does it hurt?", true, true, REGIONS),
                    choice("complaint.side", "Which side?", false, false, List.of("left", "right", "both", "midline")),
                    choice("complaint.quality", "What does it feel like?", true, false,
                            List.of("aching", "stiffness", "sharp", "burning", "tingling")),
                    q("complaint.severity", "How bad is it, 0 to 10?", "integer"),
                    q("complaint.durationDays", "For how many days?", "integer"),
                    choice("complaint.onset", "Did it start suddenly or gradually?", false, false, List.of("sudden", "gradual")),
                    q("complaint.swelling", "Is there swelling, warmth or redness where it hurts?", "boolean")),
            List.of(q("person.age", "Your age in years", "integer"),
                    q("person.anticoagulants", "Do you take blood thinners or have a bleeding disorder?", "boolean"),
                    q("person.pregnant", "Are you pregnant?", "boolean")),
            List.of(),
            List.of(choice("spots[].region", "Where is the spot?", false, true, REGIONS),
                    q("spots[].tender", "Is it a small, acutely sensitive spot?", "boolean"),
                    q("spots[].goodPain", "Does pressing it give a 'good pain' of soreness and relief?", "boolean"),
                    q("spots[].relevant", "Does the soreness feel related to your complaint?", "boolean"),
                    q("spots[].bumpOrTwitch", "Did you feel a bump or a twitch there?", "boolean"),
                    q("spots[].fibreDirectionKnown", "Can you tell which way the muscle fibres run there?", "boolean")),
            List.of(choice("history.method", "How did you rub?", false, false, List.of("hold", "kneading", "other")),
                    q("history.intensity", "How hard, 1 (painless) to 10 (intolerable)?", "integer"),
                    q("history.minutesPerSession", "Minutes per session", "decimal"),
                    q("history.sessionsPerDay", "Sessions per day", "integer"),
                    choice("history.tool", "With what?", false, false, TOOLS),
                    q("history.lightPressure", "Did you include light skin-tugging strokes?", "boolean"),
                    q("history.days", "For how many days so far?", "integer"),
                    choice("history.outcome", "How has it gone?", false, false,
                            List.of("better", "partial", "temporary", "same", "worse")),
                    q("history.negativeReactions", "Any bad reactions after sessions?", "boolean"),
                    choice("history.professionalStyle", "If you saw a professional, how did it feel?", false, false,
                            List.of("none", "gentle", "brutal"))));

    private IntakeQuestionnaire() {
    }

    private static Question group(String linkId, String text, boolean repeats, boolean required) {
        return new Question(linkId, text, "group", repeats, required, List.of(), Map.of());
    }

    private static Question choice(String linkId, String text, boolean repeats, boolean required, List<String> codes) {
        return new Question(linkId, text, "choice", repeats, required, codes, Map.of());
    }

    private static Question q(String linkId, String text, String type) {
        return new Question(linkId, text, type, false, false, List.of(), Map.of());
    }

    /** Code, words, code, words...: a map in that order. */
    private static Map<String, String> labels(String... codesAndWords) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            m.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Every question by linkId, groups included. */
    static Question question(String linkId) {
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (QUESTIONS.get(i).linkId().equals(linkId)) {
                return QUESTIONS.get(i);
            }
            for (Question c : CHILDREN.get(i)) {
                if (c.linkId().equals(linkId)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The Questionnaire in the built-in message files' words, every other language as translations. */
    public static ObjectNode resource() {
        return resource(MessageFolder.builtIn());
    }

    /**
     * The Questionnaire: English texts (the {@code fhir.*} messages, else the words here), and each other
     * language's in FHIR's translation extension on the element ({@code _title}, {@code _text}, {@code _display}).
     */
    public static ObjectNode resource(MessageBook book) {
        Translations t = new Translations(book);
        ObjectNode q = Json.object();
        q.put("resourceType", "Questionnaire").put("id", ID).put("url", URL).put("version", VERSION)
                .put("name", "KnotwisePainIntake").put("title", t.english(Translations.TITLE, "Knotwise muscle pain intake"));
        t.translate(q, "title", Translations.TITLE);
        q.put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("description", "A muscle-pain complaint for Knotwise's self-massage advice. Each item's linkId is the"
                + " field path of the Knotwise case format.");
        ArrayNode items = q.putArray("item");
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Question top = QUESTIONS.get(i);
            ObjectNode item = item(items, top, t);
            if (top.isGroup()) {
                ArrayNode children = item.putArray("item");
                CHILDREN.get(i).forEach(c -> item(children, c, t));
            }
        }
        return q;
    }

    private static ObjectNode item(ArrayNode parent, Question question, Translations t) {
        ObjectNode item = parent.addObject();
        String key = Translations.item(question.linkId());
        item.put("linkId", question.linkId()).put("text", t.english(key, question.text()));
        t.translate(item, "text", key);
        item.put("type", question.type());
        if (question.required()) {
            item.put("required", true);
        }
        if (question.repeats()) {
            item.put("repeats", true);
        }
        if (!question.codes().isEmpty()) {
            ArrayNode options = item.putArray("answerOption");
            for (String code : question.codes()) {
                ObjectNode coding = options.addObject().putObject("valueCoding").put("system", URL + "#" + question.linkId())
                        .put("code", code).put("display", question.display(code));
                t.translate(coding, "display", Translations.display(question.linkId(), code));
            }
        }
        return item;
    }
}
