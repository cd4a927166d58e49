package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Lang;
import java.util.List;

/**
 * When the best candidate is good enough to answer with. The embedding model's cosine scale differs by
 * language (unrelated English sentences score higher than unrelated Chinese ones), so thresholds are per
 * language. A candidate is accepted when its cosine reaches {@code accept}, or when it reaches
 * {@code acceptWithLexical} and BM25 ranks it first too. A code-switched question is judged by the
 * thresholds of its dominant language.
 */
public record AnsweringPolicy(
        double acceptZh,
        double acceptWithLexicalZh,
        double acceptEn,
        double acceptWithLexicalEn) {

    /** Thresholds measured on the project's own question set; see docs/quality.md. */
    public static AnsweringPolicy defaults() {
        return new AnsweringPolicy(0.80, 0.62, 0.84, 0.72);
    }

    /** The most options a clarifying question offers. */
    static final int MAX_OPTIONS = 4;

    /**
     * Which candidates a clarifying question offers, or none: a question of at most a few characters (one or
     * two English words) that several entries match, or a question no candidate answers confidently but
     * several match fairly well (cosine from 0.70 in Chinese, 0.80 in English).
     */
    List<Candidate> clarifyingOptions(String normalisedQuestion, List<Candidate> candidates, Lang lang) {
        double floor = lang == Lang.ZH ? 0.70 : 0.80;
        String bare = normalisedQuestion.replaceAll("[\\p{Punct}\\s。？！，]", "");
        boolean vague = bare.codePointCount(0, bare.length()) <= 3
                || (lang == Lang.EN && normalisedQuestion.strip().split("\\s+").length <= 2);
        boolean unsure = candidates.isEmpty() || !accepts(candidates.get(0), lang);
        double vagueFloor = lang == Lang.ZH ? 0.60 : 0.70;
        List<Candidate> close = candidates.stream()
                .filter(c -> c.cosine() >= (vague ? vagueFloor : floor))
                .limit(MAX_OPTIONS).toList();
        return (vague || unsure) && close.size() >= 2 ? close : List.of();
    }

    /**
     * Whether a question close to an example of a scope rule is declined: when that example is at least
     * {@value #DECLINE_ZH} (Chinese) or {@value #DECLINE_EN} (English) similar, and closer than the best
     * candidate's nearest text.
     */
    boolean declines(double exampleCosine, List<Candidate> candidates, Lang lang) {
        double best = candidates.stream().mapToDouble(Candidate::cosine).max().orElse(0);
        return exampleCosine >= (lang == Lang.ZH ? DECLINE_ZH : DECLINE_EN) && exampleCosine > best;
    }

    static final double DECLINE_ZH = 0.70;
    static final double DECLINE_EN = 0.78;

    /** Whether the best candidate for a question in the given language is good enough to answer with. */
    boolean accepts(Candidate best, Lang lang) {
        return accepts(best, lang, null);
    }

    /**
     * As {@link #accepts(Candidate, Lang)}, with the entry's own threshold, if it has one, in place of the
     * language's cosine-alone threshold; the threshold with lexical agreement never exceeds it.
     */
    boolean accepts(Candidate best, Lang lang, Double entryThreshold) {
        double accept = entryThreshold != null ? entryThreshold : lang == Lang.ZH ? acceptZh : acceptEn;
        double withLexical = Math.min(accept, lang == Lang.ZH ? acceptWithLexicalZh : acceptWithLexicalEn);
        return best.cosine() >= accept || (best.cosine() >= withLexical && best.lexicalRank() == 1);
    }
}
