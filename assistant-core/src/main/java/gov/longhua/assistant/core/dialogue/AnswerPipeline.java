package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.Answer;
import java.util.List;
import java.util.Optional;

/**
 * The answering tiers in order: the first that decides answers. The last tier (the fallback) always decides.
 * Which tier decided, and why, is recorded for the hit test.
 */
final class AnswerPipeline {

    /** What the pipeline decided: the answer, the tier and why. */
    record Outcome(Answer answer, Tier tier, String why) {
    }

    static final AnswerPipeline STANDARD = new AnswerPipeline(List.of(
            new UnsupportedLanguageTier(),
            new ExactTier(),
            new ScopeCueTier(),
            new DeadlineTier(),
            new ScopeMeaningTier(),
            new JourneyTier(),
            new FieldTier(),
            new SeveralQuestionsTier(),
            new ClarifyTier(),
            new AcceptTier(),
            new FallbackTier()));

    private final List<AnswerTier> tiers;

    AnswerPipeline(List<AnswerTier> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    Outcome run(Asking asking, AnsweringParts parts) {
        for (AnswerTier tier : tiers) {
            Optional<AnswerTier.Decision> decided = tier.decide(asking, parts);
            if (decided.isPresent()) {
                return new Outcome(decided.get().answer(), tier.tier(), decided.get().why());
            }
        }
        throw new IllegalStateException("no tier decided; the last tier must always decide");
    }
}
