package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.kb.Lang;
import java.util.List;

/**
 * What retrieval knows about one candidate among the others, as the numbers the {@link ConfidenceModel}
 * weighs: how close its nearest text is (and how much closer than the next entry's), where each retriever
 * ranks it, how strong its BM25 score is against the best, how likely its domain is, whether both retrievers
 * put it first, and what kind of question it is.
 */
public final class CandidateFeatures {

    /** The names of the features, in the order of {@link #of}; the hit test and the docs show them. */
    public static final List<String> NAMES = List.of(
            "cosine", "cosine margin", "1/BM25 rank", "1/dense rank", "BM25 / best BM25", "log(1+BM25)",
            "domain route", "both first", "FAQ entry", "English", "cosine × English", "question length", "reciprocal-rank fusion × 30");

    private CandidateFeatures() {
    }

    /**
     * The features of {@code candidate} among {@code all} (the candidates of one question, itself included).
     *
     * @param route the domain router's confidence in the candidate's domain, 0–1
     * @param faq whether the candidate is a curated FAQ entry (else a catalogue item)
     * @param lang the language the question is read in
     * @param questionLength the question's length in Han characters plus Latin words
     */
    public static double[] of(Candidate candidate, List<Candidate> all, double route, boolean faq, Lang lang,
            int questionLength) {
        double bestOtherCosine = 0;
        double bestBm25 = 0;
        for (Candidate other : all) {
            bestBm25 = Math.max(bestBm25, other.bm25());
            if (!other.entryId().equals(candidate.entryId())) {
                bestOtherCosine = Math.max(bestOtherCosine, other.cosine());
            }
        }
        double english = lang == Lang.EN ? 1 : 0;
        return new double[] {
                candidate.cosine(),
                candidate.cosine() - bestOtherCosine,
                candidate.lexicalRank() > 0 ? 1.0 / candidate.lexicalRank() : 0,
                candidate.denseRank() > 0 ? 1.0 / candidate.denseRank() : 0,
                bestBm25 > 0 ? candidate.bm25() / bestBm25 : 0,
                Math.log1p(candidate.bm25()),
                route,
                candidate.lexicalRank() == 1 && candidate.denseRank() == 1 ? 1 : 0,
                faq ? 1 : 0,
                english,
                candidate.cosine() * english,
                Math.log1p(questionLength),
                30 * ((candidate.denseRank() > 0 ? 1.0 / (60 + candidate.denseRank()) : 0)
                        + (candidate.lexicalRank() > 0 ? 1.0 / (60 + candidate.lexicalRank()) : 0))
        };
    }

    /** A question's length for {@link #of}: Han characters count one each, other words one each. */
    public static int lengthOf(String question) {
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < question.length(); ) {
            int cp = question.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return han + words;
    }
}
