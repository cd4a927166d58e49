package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Lang;
import java.util.List;

/**
 * When the best candidate is sure enough to answer with, and when candidates are worth offering in a
 * clarifying question. A candidate's confidence is the learned probability that it answers the question
 * ({@code Candidate.fused}, from the confidence model); the thresholds are per language because the model's
 * evidence differs by language (each language has its own embedding model).
 *
 * @param acceptZh the confidence a Chinese question's best candidate needs to answer
 * @param clarifyZh the confidence from which a candidate is offered in a clarifying question (Chinese)
 * @param acceptEn the confidence an English question's best candidate needs to answer
 * @param clarifyEn the confidence from which a candidate is offered in a clarifying question (English)
 */
public record AnsweringPolicy(
        double acceptZh,
        double clarifyZh,
        double acceptEn,
        double clarifyEn) {

    /** Thresholds measured on the tuning part of the evaluation set; see docs/quality.md. */
    public static AnsweringPolicy defaults() {
        return new AnsweringPolicy(0.30, 0.15, 0.30, 0.15);
    }

    /** The most options a clarifying question offers. */
    static final int MAX_OPTIONS = 4;

    /**
     * Which candidates a clarifying question offers, or none: when the best is not sure enough to answer, the
     * candidates from the clarifying threshold, if there are two or more; and for a question of a word or two
     * ("低保", "subsidy"), which may mean several things, the candidates from a quarter of that threshold when
     * a second one is at least a twentieth as likely as the first.
     */
    List<Candidate> clarifyingOptions(String normalisedQuestion, List<Candidate> candidates, Lang lang) {
        String bare = normalisedQuestion.replaceAll("[\\p{Punct}\\s。？！，]", "");
        boolean vague = bare.codePointCount(0, bare.length()) <= 3
                || (lang == Lang.EN && normalisedQuestion.strip().split("\\s+").length <= 2);
        double floor = clarifyFrom(lang);
        List<Candidate> close = candidates.stream().filter(c -> c.fused() >= floor).limit(MAX_OPTIONS).toList();
        if ((candidates.isEmpty() || !accepts(candidates.get(0), lang, null)) && close.size() >= 2) {
            return close;
        }
        List<Candidate> possible = candidates.stream().filter(c -> c.fused() >= floor * VAGUE_SHARE)
                .limit(MAX_OPTIONS).toList();
        boolean several = possible.size() >= 2 && possible.get(1).fused() >= possible.get(0).fused() * VAGUE_TIE;
        return vague && several ? possible : List.of();
    }

    /** A vague question's options reach down to this share of the clarifying threshold. */
    private static final double VAGUE_SHARE = 0.25;
    /** A vague question's second candidate at least this share of the first's confidence makes it ambiguous. */
    private static final double VAGUE_TIE = 0.05;

    /** The confidence from which a candidate is worth offering: in a clarifying question, or for a field. */
    double clarifyFrom(Lang lang) {
        return lang == Lang.ZH ? clarifyZh : clarifyEn;
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

    /**
     * Whether a candidate for a question in the given language is sure enough to answer with: its confidence
     * reaches the entry's own threshold, if it has one, else the language's.
     */
    boolean accepts(Candidate best, Lang lang, Double entryThreshold) {
        double accept = entryThreshold != null ? entryThreshold : lang == Lang.ZH ? acceptZh : acceptEn;
        return best.fused() >= accept;
    }
}
