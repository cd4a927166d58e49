package gov.longhua.assistant.core.dialogue;

import java.util.Optional;

/** A question in no language the assistant reads, from a visitor who chose none, is told so in both. */
final class UnsupportedLanguageTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.UNSUPPORTED_LANGUAGE;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        if (asking.guess().supported() || asking.question().preferredLang() != null) {
            return Optional.empty();
        }
        return Optional.of(new Decision(parts.composer().unsupportedLanguage(), "language not read"));
    }
}
