package gov.longhua.assistant.core.analysis.zh;

import static gov.longhua.assistant.core.analysis.AnalyzerAssertions.terms;
import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChineseAnalyzersTest {

    private final ChineseWordAnalyzer words = new ChineseWordAnalyzer();
    private final ChineseBigramAnalyzer bigrams = new ChineseBigramAnalyzer();
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void should_segment_words_and_drop_function_words() {
        assertThat(terms(words, "我想申请政府信息公开吗"))
                .contains("申请", "政府", "信息", "公开")
                .doesNotContain("我", "想", "吗");
    }

    @Test
    void should_make_overlapping_bigrams_and_unigrams() {
        assertThat(terms(bigrams, "多长时间")).contains("多长", "长时", "时间", "多", "长");
    }

    @Test
    void should_match_traditional_and_simplified_after_normalisation() {
        assertThat(terms(words, normalizer.normalize("戶籍登記"))).isEqualTo(terms(words, "户籍登记"));
    }

    @Test
    void should_match_full_width_and_half_width_after_normalisation() {
        assertThat(terms(bigrams, normalizer.normalize("２０个工作日"))).isEqualTo(terms(bigrams, "20个工作日"));
    }

    @Test
    void should_stem_english_words_inside_chinese_text() {
        assertThat(terms(words, "OGI applications怎么提交")).contains("ogi", "applic");
    }

    @Test
    void should_survive_random_text() {
        Random random = new Random(7L);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                text.appendCodePoint(random.nextBoolean() ? 0x4E00 + random.nextInt(0x5000) : random.nextInt(0x3000));
            }
            assertThat(terms(words, text.toString())).isNotNull();
            assertThat(terms(bigrams, text.toString())).isNotNull();
        }
    }
}
