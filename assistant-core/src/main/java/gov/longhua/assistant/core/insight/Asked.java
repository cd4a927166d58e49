package gov.longhua.assistant.core.insight;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;

/**
 * One question and how it was answered, as recorded for staff; the question is stored with personal data
 * masked.
 *
 * @param askId the client's id of the question, which a rating refers to
 * @param entryId the entry that answered, or null
 * @param topic the answering entry's topic (an FAQ topic or a catalogue domain), or null
 * @param confidence how sure retrieval was, 0 to 1
 * @param answer the text the visitor got (curated or composed text; a staff member's words are not recorded here)
 */
public record Asked(Instant at, String session, String askId, String channel, Lang lang, String question,
        AnswerKind kind, String entryId, String topic, double confidence, String answer) {

    /** Below this confidence an answer counts as given with low confidence and goes to the review queue. */
    public static final double LOW_CONFIDENCE = 0.86;

    /** Whether staff should look at it: not answered, a clarifying question, or answered with low confidence. */
    public boolean needsReview() {
        return kind == AnswerKind.FALLBACK || kind == AnswerKind.CLARIFY || lowConfidence();
    }

    public boolean lowConfidence() {
        return (kind == AnswerKind.FAQ || kind == AnswerKind.CATALOGUE) && confidence < LOW_CONFIDENCE;
    }
}
