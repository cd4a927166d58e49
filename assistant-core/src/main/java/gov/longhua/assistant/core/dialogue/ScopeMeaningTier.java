package gov.longhua.assistant.core.dialogue;

import java.util.Optional;

/** A question closer in meaning to an example of a scope rule than to any entry is declined. */
final class ScopeMeaningTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.SCOPE_MEANING;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        return parts.scope().byMeaning(asking.normalized(), asking.langs())
                .filter(match -> parts.policy().declines(match.cosine(), asking.candidates(), asking.questionLang()))
                .map(match -> new Decision(parts.composer().refuse(match.rule().refusal(), asking.answerLang()),
                        String.format(java.util.Locale.ROOT, "%.2f close to an example of scope rule %s",
                                match.cosine(), match.rule().id())));
    }
}
