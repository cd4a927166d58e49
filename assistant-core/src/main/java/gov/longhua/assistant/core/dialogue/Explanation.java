package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Lang;
import java.util.List;

/**
 * An answer with why it was given: the hit test's view of {@link AnswerEngine#answer}.
 *
 * @param why the deciding tier's reason, in a few words
 * @param questionLang the language the question was read in
 * @param candidates the candidates retrieval ranked (after entries out of force and negative examples were
 *        dropped), best first; empty when a tier before retrieval decided
 * @param accept the confidence at which the question's language answers
 * @param clarifyFrom the lower confidence from which candidates are offered in a clarifying question
 */
public record Explanation(Answer answer, Tier tier, String why, Lang questionLang, List<Ranked> candidates, double accept,
        double clarifyFrom) {

    /**
     * One ranked candidate.
     *
     * @param threshold the entry's own threshold in place of {@code accept}, or null
     */
    public record Ranked(Candidate candidate, String title, Double threshold, boolean inForce) {
    }
}
