package gov.longhua.assistant.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.Lang;
import org.junit.jupiter.api.Test;

class QuestionFocusTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private QuestionFocus focus(String message) {
        return QuestionFocus.of(normalizer.normalize(message));
    }

    @Test
    void should_keep_the_question_of_a_long_message_without_greetings_background_and_thanks() {
        QuestionFocus focus = focus("你好，我在观澜上班五年了，老婆也在这边。想问一下孩子上一年级要什么材料？谢谢");

        assertThat(focus.narrower()).isTrue();
        assertThat(focus.text()).contains("孩子上一年级要什么材料").doesNotContain("你好", "谢谢", "上班五年");
        assertThat(focus.questions()).hasSize(1);
    }

    @Test
    void should_find_each_question_of_a_message_asking_two_things() {
        QuestionFocus zh = focus("低保怎么申请？审批结果在哪里公示？");
        QuestionFocus en = focus("Hello. How do I register a company? Where do I get the seal made?");

        assertThat(zh.questions()).hasSize(2);
        assertThat(en.questions()).hasSize(2);
        assertThat(en.text()).doesNotContain("hello");
    }

    @Test
    void should_read_a_short_question_whole() {
        QuestionFocus focus = focus("低保");

        assertThat(focus.narrower()).isFalse();
        assertThat(focus.text()).isEqualTo("低保");
    }

    @Test
    void should_keep_everything_but_greetings_when_no_clause_asks() {
        QuestionFocus focus = focus("您好，我要查一下公租房的申请条件。谢谢");

        assertThat(focus.text()).contains("公租房的申请条件").doesNotContain("您好", "谢谢");
    }

    @Test
    void should_split_a_mixed_question_into_its_chinese_and_english_words() {
        assertThat(MixedQuestion.wordsIn(Lang.ZH, "居住证怎么 apply")).isEqualTo("居住证怎么");
        assertThat(MixedQuestion.wordsIn(Lang.EN, "居住证怎么 apply")).isEqualTo("apply");
        assertThat(MixedQuestion.wordsIn(Lang.ZH, "how to apply 低保 in longhua")).isEqualTo("低保");
        assertThat(MixedQuestion.wordsIn(Lang.EN, "how to apply 低保 in longhua")).isEqualTo("how to apply in longhua");
    }
}
