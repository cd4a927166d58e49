package gov.longhua.assistant.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.reference.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageQuestionTest {

    private static final Stage HOME = new Stage("individual.home-buying", new LocalizedText("置业", "Home buying"),
            List.of("买房", "buying a flat"), Status.CONFIRMED);
    private static final Stage EDUCATION = new Stage("individual.education", new LocalizedText("教育", "Education"),
            List.of("上学", "school"), Status.CONFIRMED);
    private static final List<Stage> STAGES = List.of(HOME, EDUCATION);

    @Test
    void should_find_the_one_stage_a_question_about_stages_names() {
        assertThat(StageQuestion.askedStage("买房是哪个阶段", STAGES)).contains(HOME);
        assertThat(StageQuestion.askedStage("which stage is about buying a flat", STAGES)).contains(HOME);
        assertThat(StageQuestion.askedStage("what stage covers schools?", STAGES)).contains(EDUCATION);
    }

    @Test
    void should_leave_questions_naming_no_stage_or_several_or_not_about_stages() {
        assertThat(StageQuestion.askedStage("个人全生命周期分哪几个阶段", STAGES)).isEmpty();
        assertThat(StageQuestion.askedStage("从上学到买房分几个阶段", STAGES)).isEmpty();
        assertThat(StageQuestion.askedStage("买房要交什么税", STAGES)).isEmpty();
    }

    @Test
    void should_match_latin_forms_as_whole_words_only() {
        assertThat(StageQuestion.containsWord("the schools stage", "school")).isTrue();
        assertThat(StageQuestion.containsWord("the preschool stage", "school")).isFalse();
        assertThat(StageQuestion.containsWord("schooling stage", "school")).isFalse();
    }
}
