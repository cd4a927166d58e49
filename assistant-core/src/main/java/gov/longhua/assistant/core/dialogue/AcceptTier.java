package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import java.util.Locale;
import java.util.Optional;

/** The best candidate answers when its confidence reaches its threshold. */
final class AcceptTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.ACCEPTED;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        return asking.candidates().stream().findFirst()
                .filter(best -> parts.accepts(best, asking.questionLang()))
                .map(best -> new Decision(parts.composer().answer(parts.entry(best.entryId()), asking.answerLang(),
                        best.fused()), why(best)));
    }

    private static String why(Candidate best) {
        return String.format(Locale.ROOT, "confidence %.2f (cosine %.2f, BM25 rank %d)", best.fused(), best.cosine(),
                best.lexicalRank());
    }
}
