package gov.longhua.assistant.core.analysis.en;

import static gov.longhua.assistant.core.analysis.AnalyzerAssertions.terms;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishQuestionAnalyzerTest {

    private final EnglishQuestionAnalyzer analyzer = new EnglishQuestionAnalyzer();

    @Test
    void should_stem_and_drop_question_words() {
        assertThat(terms(analyzer, "How do I apply for the residence permits?"))
                .containsExactly("appli", "resid", "permit");
    }

    @Test
    void should_match_inflections_of_the_same_word() {
        assertThat(terms(analyzer, "registering")).isEqualTo(terms(analyzer, "registered"));
        assertThat(terms(analyzer, "replies")).isEqualTo(terms(analyzer, "reply"));
    }

    @Test
    void should_drop_possessives() {
        assertThat(terms(analyzer, "the district's guide")).containsExactly("district", "guid");
    }

    @Test
    void should_keep_han_characters_of_code_switched_text() {
        assertThat(terms(analyzer, "apply for 低保")).contains("低", "保");
    }
}
