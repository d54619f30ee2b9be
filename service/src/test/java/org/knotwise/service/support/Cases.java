package org.knotwise.service.support;

/** Cases the tests post (the contract's JSON). */
public final class Cases {
    private Cases() {
    }

    /** Wrist pain, a relevant tender spot on the forearm, ten days of holding too hard: plan + corrections. */
    public static final String WRIST = """
            {"id":"wrist-1","complaint":{"regions":["wrist-back"],"side":"right","quality":["aching"],"severity":5,"durationDays":21},
             "redFlags":[],
             "spots":[{"region":"wrist-back","tender":true,"goodPain":false,"relevant":false,"bumpOrTwitch":true},
                      {"region":"forearm-back","tender":true,"goodPain":true,"relevant":true,"fibreDirectionKnown":true}],
             "history":{"method":"hold","intensity":9,"minutesPerSession":2,"sessionsPerDay":1,"tool":"thumb",
                        "lightPressure":false,"days":10,"outcome":"same","negativeReactions":false}}""";

    /** A red flag: urgent professional help, no plan. */
    public static final String RED_FLAG = """
            {"id":"flag-1","complaint":{"regions":["low-back"]},"redFlags":["fever"]}""";

    /** Three weeks of sound self-massage without progress: a routine professional reason. */
    public static final String NO_PROGRESS = """
            {"id":"stuck-1","complaint":{"regions":["neck-back"],"durationDays":30},
             "spots":[{"region":"neck-back","tender":true,"goodPain":true,"relevant":true}],
             "history":{"method":"kneading","intensity":5,"minutesPerSession":1,"sessionsPerDay":3,"tool":"fingers",
                        "lightPressure":true,"days":21,"outcome":"same","negativeReactions":false}}""";

    /** A first complaint, nothing tried: a plan only. */
    public static final String PLAN_ONLY = """
            {"id":"plan-1","complaint":{"regions":["shoulder-top"]},
             "spots":[{"region":"shoulder-top","tender":true,"goodPain":true,"relevant":true}]}""";
}
