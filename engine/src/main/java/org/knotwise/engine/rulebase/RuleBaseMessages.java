package org.knotwise.engine.rulebase;

import org.knotwise.engine.text.MessageBook;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The message book each loaded rule base speaks. Kept beside the rule base rather than in it (the
 * RuleBase class is the performance work's); a rule base loaded without one speaks the built-in book.
 */
public final class RuleBaseMessages {
    private static final Map<RuleBase, MessageBook> BOOKS = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile MessageBook builtIn;

    private RuleBaseMessages() {
    }

    static RuleBase register(RuleBase ruleBase, MessageBook book) {
        BOOKS.put(ruleBase, book);
        return ruleBase;
    }

    /** The rule base's languages. */
    public static MessageBook of(RuleBase ruleBase) {
        MessageBook book = BOOKS.get(ruleBase);
        return book != null ? book : builtIn();
    }

    /** The built-in languages, read once. */
    public static MessageBook builtIn() {
        MessageBook b = builtIn;
        if (b == null) {
            synchronized (RuleBaseMessages.class) {
                if (builtIn == null) {
                    builtIn = MessageFolder.builtIn();
                }
                b = builtIn;
            }
        }
        return b;
    }
}
