package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.language.LanguageGuess;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Lang;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One question on its way through the tiers: what was read of it once (language, normalised text, the part
 * that asks, the languages searched) and, computed when a tier first needs them, its candidates. Not shared
 * between threads.
 */
final class Asking {

    private final Question question;
    private final LanguageGuess guess;
    private final Lang answerLang;
    private final String normalized;
    private final QuestionFocus focus;
    private final AnsweringParts parts;
    private List<Candidate> candidates;

    Asking(Question question, LanguageGuess guess, String normalized, AnsweringParts parts) {
        this.question = question;
        this.guess = guess;
        this.answerLang = question.preferredLang() != null ? question.preferredLang() : guess.lang();
        this.normalized = normalized;
        this.focus = QuestionFocus.of(normalized);
        this.parts = parts;
    }

    Question question() {
        return question;
    }

    LanguageGuess guess() {
        return guess;
    }

    /** The language the question is read (and its thresholds chosen) in. */
    Lang questionLang() {
        return guess.lang();
    }

    /** The language the answer is given in: the visitor's choice, else the question's. */
    Lang answerLang() {
        return answerLang;
    }

    /** The whole question, normalised. */
    String normalized() {
        return normalized;
    }

    /** The sentences of the question that ask something, without greetings, thanks and background. */
    QuestionFocus focus() {
        return focus;
    }

    /** A question is searched in its own language, a code-switched one in both. */
    Set<Lang> langs() {
        return guess.codeSwitched() ? EnumSet.allOf(Lang.class) : EnumSet.of(guess.lang());
    }

    /**
     * The eligible candidates, best first, for the reading of the question the confidence model is surest of:
     * the whole question; the part that asks (a long message's greetings and background otherwise dilute it);
     * and for a question mixing languages, its Chinese words in Chinese and its English words in English
     * ("居住证怎么 apply"). The other readings are searched only when the whole question is not sure enough to
     * answer: most questions are searched once.
     */
    List<Candidate> candidates() {
        if (candidates == null) {
            candidates = parts.candidates(normalized, langs());
            if (!candidates.isEmpty() && parts.accepts(candidates.get(0), questionLang())) {
                return candidates;
            }
            if (focus.narrower()) {
                candidates = surer(candidates, parts.candidates(focus.text(), langs()));
            }
            if (guess.codeSwitched()) {
                for (Lang lang : Lang.values()) {
                    String words = MixedQuestion.wordsIn(lang, focus.text());
                    if (!words.isBlank()) {
                        candidates = surer(candidates, parts.candidates(words, EnumSet.of(lang)));
                    }
                }
            }
        }
        return candidates;
    }

    private static List<Candidate> surer(List<Candidate> one, List<Candidate> other) {
        return confidence(other) > confidence(one) ? other : one;
    }

    /** The candidates so far, without computing them: empty when no tier needed them. */
    List<Candidate> candidatesSoFar() {
        return candidates == null ? List.of() : candidates;
    }

    private static double confidence(List<Candidate> candidates) {
        return candidates.isEmpty() ? 0 : candidates.get(0).fused();
    }
}
