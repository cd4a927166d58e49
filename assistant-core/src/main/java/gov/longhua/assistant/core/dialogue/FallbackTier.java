package gov.longhua.assistant.core.dialogue;

import java.util.Optional;

/** Nothing was sure enough: the assistant says so and points to the official channel. Always decides. */
final class FallbackTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.FALLBACK;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        String why = asking.candidatesSoFar().isEmpty() ? "no candidate"
                : String.format(java.util.Locale.ROOT, "best candidate %s at %.2f, below the threshold",
                        asking.candidatesSoFar().get(0).entryId(), asking.candidatesSoFar().get(0).fused());
        return Optional.of(new Decision(parts.composer().fallback(asking.answerLang()), why));
    }
}
