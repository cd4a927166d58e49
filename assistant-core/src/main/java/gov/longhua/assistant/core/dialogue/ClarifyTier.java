package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Candidates too close to tell apart, or a question too vague to pick one: a clarifying question with options.
 * A catalogue item among the options that a curated answer among them cites is not a choice of its own: the
 * curated answer covers it. When that leaves one option, it answers, since the close candidates all point to it.
 */
final class ClarifyTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.CLARIFY;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        List<Candidate> options = withoutCited(parts.policy().clarifyingOptions(asking.normalized(),
                asking.candidates(), asking.questionLang()), parts);
        if (options.isEmpty()) {
            return Optional.empty();
        }
        if (options.size() == 1) {
            Candidate covering = options.get(0);
            return Optional.of(new Decision(parts.composer().answer(parts.entry(covering.entryId()),
                    asking.answerLang(), covering.fused()), "the close candidates are " + covering.entryId()
                    + " and the items it cites"));
        }
        return Optional.of(new Decision(parts.composer().clarify(
                options.stream().map(c -> parts.entry(c.entryId())).toList(), asking.answerLang()),
                options.size() + " candidates close"));
    }

    /** The options without the items that a curated answer among them cites. */
    static List<Candidate> withoutCited(List<Candidate> options, AnsweringParts parts) {
        Set<String> cited = options.stream().map(c -> parts.entry(c.entryId()))
                .filter(FaqEntry.class::isInstance)
                .flatMap(faq -> ((FaqEntry) faq).cites().items().stream())
                .collect(Collectors.toSet());
        return options.stream().filter(c -> !cited.contains(c.entryId())).toList();
    }
}
