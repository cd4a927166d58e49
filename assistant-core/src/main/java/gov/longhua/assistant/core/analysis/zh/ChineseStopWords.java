package gov.longhua.assistant.core.analysis.zh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/** Function words that say nothing about the topic of a question (的, 吗, 怎么, 请问 …), from a resource. */
final class ChineseStopWords {

    static final CharArraySet SET = load();

    private ChineseStopWords() {
    }

    private static CharArraySet load() {
        try (InputStream in = ChineseStopWords.class.getResourceAsStream("stopwords.txt")) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(
                    new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(64, false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
