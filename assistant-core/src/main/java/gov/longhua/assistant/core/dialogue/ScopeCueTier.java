package gov.longhua.assistant.core.dialogue;

import java.util.Optional;

/** A question containing a cue of a scope rule (fraud, injection, abuse, out of scope) is declined at once. */
final class ScopeCueTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.SCOPE_CUE;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        return parts.scope().byCue(asking.normalized())
                .map(rule -> new Decision(parts.composer().refuse(rule.refusal(), asking.answerLang()),
                        "a cue of scope rule " + rule.id()));
    }
}
