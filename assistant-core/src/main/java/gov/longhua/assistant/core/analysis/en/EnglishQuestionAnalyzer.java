package gov.longhua.assistant.core.analysis.en;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words: standard tokenisation, possessives, stop words (Lucene's list plus question words such as
 * "how" and "what" that say nothing about the topic), Porter stemming. Han characters in code-switched text
 * come through as single-character tokens and still match.
 */
public final class EnglishQuestionAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        for (String word : new String[] {"how", "what", "which", "where", "when", "who", "do", "does", "did",
            "i", "me", "my", "can", "could", "should", "would", "please", "you", "your", "is", "am", "are"}) {
            set.add(word);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
