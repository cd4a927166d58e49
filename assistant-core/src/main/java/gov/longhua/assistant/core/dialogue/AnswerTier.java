package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.Answer;
import java.util.Optional;

/**
 * One step of answering ({@link AnswerPipeline}): it decides the answer to a question, with why, or passes the
 * question on to the next tier. Tiers hold no state; what they share comes in {@link AnsweringParts}.
 */
interface AnswerTier {

    /** Which tier this is, as the hit test names it. */
    Tier tier();

    /** The answer and why, or empty to pass the question on. */
    Optional<Decision> decide(Asking asking, AnsweringParts parts);

    /** An answer a tier decided, and why in a few words for the hit test. */
    record Decision(Answer answer, String why) {
    }
}
