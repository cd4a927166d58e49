package gov.longhua.assistant.core.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The one normalisation every question and every indexed text goes through before analysis and embedding:
 * Unicode NFKC with case folding (full-width letters, digits and punctuation become their ASCII forms; Latin
 * letters lower-case), Traditional Chinese characters become Simplified, and runs of white space collapse.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    /** ICU transliterators are not safe to share between threads. */
    private static final ThreadLocal<Transliterator> TRADITIONAL_TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    public String normalize(String text) {
        String folded = NFKC_CASEFOLD.normalize(text);
        if (folded.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            folded = TRADITIONAL_TO_SIMPLIFIED.get().transliterate(folded);
        }
        return folded.strip().replaceAll("\\s+", " ");
    }
}
