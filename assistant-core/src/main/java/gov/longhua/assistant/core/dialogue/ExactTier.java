package gov.longhua.assistant.core.dialogue;

import java.util.Optional;

/** A question that is exactly one of an FAQ entry's curated phrasings gets that entry, whatever the scores. */
final class ExactTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.EXACT;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        return parts.exactMatches().entryFor(asking.normalized()).filter(parts::inForce)
                .map(id -> new Decision(parts.composer().answer(parts.entry(id), asking.answerLang(), 1.0),
                        "a curated phrasing of " + id));
    }
}
