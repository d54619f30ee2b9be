package org.knotwise.engine;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.session.CaseRun;

import org.knotwise.engine.rulebase.RuleBaseMessages;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.Wording;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Knotwise engine: build once, share across threads, assess many cases.
 *
 * <pre>{@code
 * Knotwise knotwise = Knotwise.builtIn();
 * Assessment a = knotwise.assess(KnotwiseJson.readCase(json));
 * String out = KnotwiseJson.write(a);
 * }</pre>
 */
public final class Knotwise {
    private final RuleBase ruleBase;
    private final CaseRun run;
    private final MessageBook messages;
    /** The language this engine answers in; English, with no {@code language} field, unless one was asked. */
    private final Wording wording;

    private Knotwise(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.run = new CaseRun(ruleBase);
        this.messages = RuleBaseMessages.of(ruleBase);
        this.wording = Wording.english(messages);
    }

    private Knotwise(Knotwise engine, Wording wording) {
        this.ruleBase = engine.ruleBase;
        this.run = engine.run;
        this.messages = engine.messages;
        this.wording = wording;
    }

    /**
     * The same engine (same rules, same sessions) answering in a language: its texts in that language,
     * with a {@code language} field and each language's review status in {@code ruleBase.languages}.
     *
     * @param language a code of {@link #languages()}, such as {@code es}; case is ignored
     * @throws IllegalArgumentException naming the available languages, when the rules do not speak it
     */
    public Knotwise inLanguage(String language) {
        return new Knotwise(this, Wording.in(messages, language));
    }

    /** The languages the rules speak, English first. */
    public List<String> languages() {
        return messages.languages();
    }

    /** Each language's review status: {@code reviewed}, or {@code draft} until a native-speaking clinician reviews it. */
    public Map<String, String> languageStatuses() {
        return messages.statuses();
    }

    /** The rule base's message files (English and every other language). */
    public MessageBook messages() {
        return messages;
    }

    /** The language this engine answers in ({@code en} unless one was asked). */
    public String language() {
        return wording.target().language();
    }

    /** The engine with the built-in rules and knowledge base (needs the knotwise-rules jar). */
    public static Knotwise builtIn() {
        return new Knotwise(RuleBase.builtIn());
    }

    /**
     * The engine with the rules in a folder (its {@code .drl} files, and {@code kb/} if present).
     *
     * @throws RuleBaseException when any file fails to compile or check; nothing is loaded then
     */
    public static Knotwise withRules(Path folder) {
        return new Knotwise(RuleBase.fromFolder(folder));
    }

    /** As {@link #withRules(Path)}; with {@code drafts} the rules marked {@code @status("draft")} run too. */
    public static Knotwise withRules(Path folder, boolean drafts) {
        return new Knotwise(RuleBase.fromFolder(folder, drafts));
    }

    /** As {@link #builtIn()}; with {@code drafts} the built-in rules marked {@code @status("draft")} run too. */
    public static Knotwise builtIn(boolean drafts) {
        return new Knotwise(RuleBase.builtIn(drafts));
    }

    public static Knotwise with(RuleBase ruleBase) {
        return new Knotwise(ruleBase);
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /**
     * Assesses one case. Safe to call from many threads at once.
     *
     * @throws InvalidCaseException when the case breaks the contract
     */
    public Assessment assess(Case c) {
        return run.assess(c, wording);
    }

    /**
     * Assesses one case with only as much explanation as asked for: {@link Explain#NONE} and
     * {@link Explain#IDS} skip putting the rules' reasons into words, and no level here fills the
     * steps' {@code concluded} words (see {@link #assess(Case)} for those). Write it with
     * {@link org.knotwise.engine.json.KnotwiseJson#write(Assessment, Explain)} at the same level.
     */
    public Assessment assess(Case c, Explain level) {
        return run.assess(c, level, wording);
    }

    /**
     * As {@link #assess(Case, Explain)}, in a language: the locale's language when the rules speak it,
     * else English (the fallback: use {@link #inLanguage(String)} to refuse a language instead).
     */
    public Assessment assess(Case c, Explain level, Locale language) {
        Knotwise engine = messages.language(language.getLanguage()).isPresent()
                ? inLanguage(language.getLanguage()) : inLanguage(MessageBook.ENGLISH);
        return engine.assess(c, level);
    }
}
