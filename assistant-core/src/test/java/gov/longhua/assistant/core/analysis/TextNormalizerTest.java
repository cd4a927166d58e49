package gov.longhua.assistant.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void should_turn_full_width_letters_digits_and_punctuation_into_ascii() {
        assertThat(normalizer.normalize("ＯＧＩ申请２０个工作日？")).isEqualTo("ogi申请20个工作日?");
    }

    @Test
    void should_turn_traditional_characters_into_simplified() {
        assertThat(normalizer.normalize("申請政府資訊公開需要多長時間")).isEqualTo("申请政府资讯公开需要多长时间");
        assertThat(normalizer.normalize("戶籍與學區")).isEqualTo("户籍与学区");
    }

    @Test
    void should_lower_case_and_collapse_white_space() {
        assertThat(normalizer.normalize("  How   LONG\tdoes it take?\n")).isEqualTo("how long does it take?");
    }

    @Test
    void should_survive_random_text() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(random.nextInt(0x2FFFF));
            }
            assertThat(normalizer.normalize(text.toString())).isNotNull();
        }
    }
}
