package org.knotwise.engine.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Putting texts into words: placeholders, plurals, nested texts, names joined, English as the fallback. */
class MessagesTest {

    private static MessageFile file(String name, String text) {
        List<org.knotwise.kb.Problem> problems = new ArrayList<>();
        MessageFile f = MessageFile.parse(name, text, problems);
        assertThat(problems).isEmpty();
        return f;
    }

    private static final MessageBook BOOK = new MessageBook(List.of(
            file("messages/en.properties", """
                    # status: reviewed
                    plain=No placeholders: it's returned as written.
                    steps={steps} step(s) toward the centre
                    deep={muscles} ({site}) lies deep.
                    region.calf=calf
                    list.and={first} and {second}
                    only.english=Only in English.
                    """),
            file("messages/es.properties", """
                    # status: draft
                    plain=Sin marcadores.
                    steps={steps, plural, one {# paso} other {# pasos}} hacia el centro
                    deep={muscles} ({site}) está en profundidad.
                    region.calf=la pantorrilla
                    list.and={first} y {second}
                    """)));

    @Test
    void englishIsWordedAsWritten() {
        Messages en = BOOK.english();
        assertThat(en.format(Text.of("plain"))).isEqualTo("No placeholders: it's returned as written.");
        assertThat(en.format(Text.of("steps", "steps", 2))).isEqualTo("2 step(s) toward the centre");
        assertThat(en.format(Text.of("deep", "muscles", Text.and(List.of("soleus", "gastrocnemius", "plantaris")),
                "site", Text.region("calf")))).isEqualTo("soleus and gastrocnemius and plantaris (calf) lies deep.");
    }

    @Test
    void anotherLanguageWithPluralsNestedTextsAndFallback() {
        Messages es = BOOK.language("ES").orElseThrow();
        assertThat(es.format(Text.of("steps", "steps", 1))).isEqualTo("1 paso hacia el centro");
        assertThat(es.format(Text.of("steps", "steps", 3))).isEqualTo("3 pasos hacia el centro");
        assertThat(es.format(Text.of("deep", "muscles", Text.and(List.of("soleus", "plantaris")),
                "site", Text.region("calf")))).isEqualTo("soleus y plantaris (la pantorrilla) está en profundidad.");
        assertThat(es.format(Text.of("only.english"))).as("a missing key falls back to English")
                .isEqualTo("Only in English.");
        assertThat(es.format(Text.literal("A rule folder's own words."))).isEqualTo("A rule folder's own words.");
        assertThat(BOOK.statuses()).containsEntry("en", "reviewed").containsEntry("es", "draft");
        assertThat(BOOK.languages()).containsExactly("en", "es");
    }

    @Test
    void plainPlaceholdersAreSubstitutedAndIcuSyntaxGoesToIcu() {
        assertThat(SimplePattern.of("At {site}, it's {muscle}'s place.")).isNotNull();
        assertThat(SimplePattern.of("{steps, plural, one {# paso} other {# pasos}}")).isNull();
        assertThat(SimplePattern.of("a '{quoted}' brace")).isNull();
        assertThat(SimplePattern.of("At {site}, it's {muscle}'s place.").format(java.util.Map.of("site", "calf", "muscle", "soleus")))
                .isEqualTo("At calf, it's soleus's place.");
    }

    @Test
    void aBadLineOrARepeatedKeyIsAProblemWithItsLine() {
        List<org.knotwise.kb.Problem> problems = new ArrayList<>();
        MessageFile.parse("messages/de.properties", "# status: draft\nno equals sign\na=1\na=2\n", problems);
        assertThat(problems).extracting(Object::toString).containsExactly(
                "messages/de.properties:2: error: not a 'key=text' line: no equals sign",
                "messages/de.properties:4: error: 'a' is already given at line 3");
    }
}
