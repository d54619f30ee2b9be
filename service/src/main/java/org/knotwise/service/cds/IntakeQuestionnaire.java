package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.service.http.Json;

import java.util.List;

/**
 * The pain intake as a FHIR R4 Questionnaire that health apps can render. Each question's
 * {@code linkId} is the contract's field path ({@code complaint.regions}, {@code spots[].tender}),
 * so an answer maps to one case field and an error on a field names the question to fix.
 */
public final class IntakeQuestionnaire {
    public static final String ID = "knotwise-pain-intake";
    public static final String URL = "http://knotwise.org/fhir/Questionnaire/" + ID;
    public static final String VERSION = "2";

    /** One question: its linkId (a contract field path), FHIR type, whether it repeats, its codes. */
    record Question(String linkId, String text, String type, boolean repeats, boolean required, List<String> codes) {
        boolean isGroup() {
            return type.equals("group");
        }
    }

    static final List<String> REGIONS = List.of("forehead", "temple", "jaw", "back-of-head", "neck-back", "neck-side",
            "shoulder-top", "shoulder-front", "shoulder-blade", "upper-arm-front", "upper-arm-back", "elbow-outer",
            "elbow-inner", "forearm-back", "forearm-front", "wrist-back", "wrist-front", "hand", "thumb", "fingers",
            "upper-back", "mid-back", "low-back", "chest", "abdomen", "buttock", "hip-side", "groin", "thigh-front",
            "thigh-back", "thigh-outer", "thigh-inner", "knee-front", "knee-back", "shin", "calf", "ankle", "heel",
            "sole", "top-of-foot");
    static final List<String> RED_FLAGS = List.of("numbness-or-weakness", "bowel-or-bladder-change",
            "saddle-numbness", "fever", "unexplained-weight-loss", "recent-trauma", "night-pain", "chest-pain",
            "cancer-history", "rapidly-worsening");
    static final List<String> TOOLS = List.of("fingers", "thumb", "fist", "elbow", "ball", "tennis-ball",
            "backnobber", "foam-roller", "other");

    /** Top-level questions; a group's children follow it in {@link #CHILDREN}. */
    static final List<Question> QUESTIONS = List.of(
            group("complaint", "Your pain", false, true),
            group("person", "About you", false, false),
            choice("redFlags", "Do any of these apply?", true, false, RED_FLAGS),
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
        return new Question(linkId, text, "group", repeats, required, List.of());
    }

    private static Question choice(String linkId, String text, boolean repeats, boolean required, List<String> codes) {
        return new Question(linkId, text, "choice", repeats, required, codes);
    }

    private static Question q(String linkId, String text, String type) {
        return new Question(linkId, text, type, false, false, List.of());
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

    public static ObjectNode resource() {
        ObjectNode q = Json.object();
        q.put("resourceType", "Questionnaire").put("id", ID).put("url", URL).put("version", VERSION)
                .put("name", "KnotwisePainIntake").put("title", "Knotwise muscle pain intake").put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("description", "A muscle-pain complaint for Knotwise's self-massage advice. Each item's linkId is the"
                + " field path of the Knotwise case format.");
        ArrayNode items = q.putArray("item");
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Question top = QUESTIONS.get(i);
            ObjectNode item = item(items, top);
            if (top.isGroup()) {
                ArrayNode children = item.putArray("item");
                CHILDREN.get(i).forEach(c -> item(children, c));
            }
        }
        return q;
    }

    private static ObjectNode item(ArrayNode parent, Question question) {
        ObjectNode item = parent.addObject();
        item.put("linkId", question.linkId()).put("text", question.text()).put("type", question.type());
        if (question.required()) {
            item.put("required", true);
        }
        if (question.repeats()) {
            item.put("repeats", true);
        }
        if (!question.codes().isEmpty()) {
            ArrayNode options = item.putArray("answerOption");
            for (String code : question.codes()) {
                options.addObject().putObject("valueCoding").put("system", URL + "#" + question.linkId())
                        .put("code", code).put("display", code.replace('-', ' '));
            }
        }
        return item;
    }
}
