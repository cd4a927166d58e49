package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Coded;

/** What an answer is, as the protocol names it ({@code faq}, {@code catalogue}, …). */
public enum AnswerKind implements Coded {
    /** A curated FAQ answer, returned as written. */
    FAQ,
    /** A catalogue item composed into a card. */
    CATALOGUE,
    /** A reply deadline computed in working days from the official calendar. */
    DEADLINE,
    /** A life-cycle guide. */
    GUIDE,
    /** A clarifying question with options. */
    CLARIFY,
    /** The question is one the assistant declines (out of scope, fraud, instruction attacks, abuse). */
    REFUSE,
    /** The assistant cannot answer and points to the official channel. */
    FALLBACK,
    /** The conversation goes to a person. */
    HANDOFF
}
