package gov.longhua.assistant.core.analysis.zh;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Chinese words: smartcn's HMM segmentation, then stop words; Latin words inside Chinese text (code-switching)
 * are lower-cased and stemmed like English. Expects text already normalised (simplified, half-width).
 */
public final class ChineseWordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HMMChineseTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new PorterStemFilter(result);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        result = new StopFilter(result, ChineseStopWords.SET);
        return new TokenStreamComponents(source, result);
    }
}
