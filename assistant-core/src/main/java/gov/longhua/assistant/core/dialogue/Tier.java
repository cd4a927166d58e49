package gov.longhua.assistant.core.dialogue;

/** The step of answering that decided an answer, as the hit test shows it. */
public enum Tier {
    /** The question is in no language the assistant reads. */
    UNSUPPORTED_LANGUAGE,
    /** The question is, after normalising, one of an entry's curated phrasings. */
    EXACT,
    /** A scope rule's cue declined it. */
    SCOPE_CUE,
    /** It asks for a reply deadline from a date; computed on the official calendar. */
    DEADLINE,
    /** It is closer to an example of what the assistant declines than to any entry. */
    SCOPE_MEANING,
    /** It announces a life event: the first stage of a journey. */
    JOURNEY,
    /** It asks about fields of a catalogue item. */
    FIELD,
    /** The message asks several things, each surely about another entry: a choice of them. */
    SEVERAL_QUESTIONS,
    /** Candidates were too close to tell apart, or the question too vague: a clarifying question. */
    CLARIFY,
    /** The best candidate passed its threshold. */
    ACCEPTED,
    /** Nothing passed: the fallback with the official channel. */
    FALLBACK
}
