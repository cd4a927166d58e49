package gov.longhua.assistant.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.Lang;
import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void should_join_a_follow_up_to_the_previous_question() {
        assertThat(Question.following("低保怎么申请", "要多久", Lang.ZH).text()).isEqualTo("低保怎么申请 要多久");
    }

    @Test
    void should_cut_the_previous_question_from_its_start_when_both_would_be_too_long() {
        // given
        String previous = "a".repeat(1500) + "END";
        String current = "b".repeat(1000);

        // when
        Question joined = Question.following(previous, current, Lang.EN);

        // then
        assertThat(joined.text()).hasSize(Question.MAX_LENGTH).endsWith("END " + current);
    }

    @Test
    void should_keep_only_the_current_question_when_it_fills_the_limit_alone() {
        String current = "c".repeat(Question.MAX_LENGTH);

        assertThat(Question.following("前一个问题", current, null).text()).isEqualTo(current);
    }

    @Test
    void should_not_split_a_surrogate_pair_when_cutting() {
        // given: characters outside the Basic Multilingual Plane, two chars each
        String previous = "𠀀".repeat(1000);
        String current = "d".repeat(1000);

        // when
        String joined = Question.following(previous, current, Lang.ZH).text();

        // then
        assertThat(Character.isLowSurrogate(joined.charAt(0))).isFalse();
    }
}
