package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Lang;

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
        return new AnsweringPolicy(0.80, 0.62, 0.86, 0.72);
    }

    /** Whether the best candidate for a question in the given language is good enough to answer with. */
    boolean accepts(Candidate best, Lang lang) {
        double accept = lang == Lang.ZH ? acceptZh : acceptEn;
        double withLexical = lang == Lang.ZH ? acceptWithLexicalZh : acceptWithLexicalEn;
        return best.cosine() >= accept || (best.cosine() >= withLexical && best.lexicalRank() == 1);
    }
}
