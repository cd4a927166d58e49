package gov.longhua.assistant.core.insight;

import gov.longhua.assistant.kb.Coded;

/** Why a question is in the review queue. */
public enum ReviewReason implements Coded {
    /** The assistant could not answer it. */
    UNANSWERED,
    /** It got a clarifying question or an answer below {@link Asked#LOW_CONFIDENCE}. */
    LOW_CONFIDENCE,
    /** The visitor rated the answer not helpful. */
    NOT_HELPFUL
}
