package gov.longhua.assistant.core.analysis.zh;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping Han bigrams plus unigrams: recall where segmentation of a question and of an entry disagree
 * (多长时间 vs 多/长/时间), and for words the segmenter does not know.
 */
public final class ChineseBigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new CJKBigramFilter(result, CJKBigramFilter.HAN, true);
        return new TokenStreamComponents(source, result);
    }
}
