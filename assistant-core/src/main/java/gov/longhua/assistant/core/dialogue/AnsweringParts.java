package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.AnswerComposer;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.core.retrieval.HybridRetriever;
import gov.longhua.assistant.core.retrieval.PhraseIndex;
import gov.longhua.assistant.core.scope.ScopeGuard;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What the answering tiers share: one knowledge base, its indexes, the composer, the policy and the clock.
 * Immutable; an engine over other thresholds or a revised knowledge base has other parts.
 */
record AnsweringParts(KnowledgeBase kb, HybridRetriever retriever, ScopeGuard scope, PhraseIndex negatives,
        ExactMatches exactMatches, AnswerComposer composer, AnsweringPolicy policy, Clock clock) {

    /** How many candidates a tier looks at. */
    static final int CANDIDATES = 5;
    /** Dates in questions are Longhua's dates. */
    static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

    AnsweringParts withPolicy(AnsweringPolicy changed) {
        return new AnsweringParts(kb, retriever, scope, negatives, exactMatches, composer, changed, clock);
    }

    Entry entry(String id) {
        return kb.entry(id).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DISTRICT_TIME));
    }

    /** Whether an entry may answer today: past its effective date and not past its expiry date. */
    boolean inForce(String entryId) {
        return kb.entry(entryId).map(entry -> entry.inForceOn(today())).orElse(false);
    }

    /** The confidence an entry needs to answer: its own threshold, if it has one, else null (the language's). */
    Double threshold(Candidate candidate) {
        return kb.entry(candidate.entryId()).filter(FaqEntry.class::isInstance)
                .map(entry -> ((FaqEntry) entry).threshold()).orElse(null);
    }

    /** Whether a candidate is sure enough to answer a question in the given language with. */
    boolean accepts(Candidate candidate, Lang lang) {
        return policy.accepts(candidate, lang, threshold(candidate));
    }

    /** The eligible candidates for a normalised text, best first. */
    List<Candidate> candidates(String text, Set<Lang> langs) {
        return eligible(retriever.retrieve(text, langs, CANDIDATES), text, langs);
    }

    /**
     * Drops the candidates not in force today, and those a question is closer to a negative example of than to
     * any of their own texts.
     */
    List<Candidate> eligible(List<Candidate> candidates, String question, Set<Lang> langs) {
        return candidates.stream()
                .filter(c -> inForce(c.entryId()))
                .filter(c -> negatives.closest(question, c.entryId(), langs) < c.cosine())
                .toList();
    }
}
