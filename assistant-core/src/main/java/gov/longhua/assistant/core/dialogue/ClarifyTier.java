package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import java.util.List;
import java.util.Optional;

/** Candidates too close to tell apart, or a question too vague to pick one: a clarifying question with options. */
final class ClarifyTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.CLARIFY;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        List<Candidate> options = parts.policy().clarifyingOptions(asking.normalized(), asking.candidates(),
                asking.questionLang());
        if (options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(parts.composer().clarify(
                options.stream().map(c -> parts.entry(c.entryId())).toList(), asking.answerLang()),
                options.size() + " candidates close"));
    }
}
