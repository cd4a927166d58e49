package gov.longhua.assistant.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineQuestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "我11月2日交的信息公开申请，最晚什么时候答复|2026-11-02",
        "2026年3月5日提交的申请多久要回复|2026-03-05",
        "申请是12月1号寄出的，答复期限到哪天|2025-12-01",
        "i applied on 2 november, when must they reply?|2026-11-02",
        "i sent my request on november 20th 2026, what is the deadline for a reply|2026-11-20",
        "my application was submitted 2026-10-09, when will they respond|2026-10-09",
    })
    void should_read_the_application_date_of_a_deadline_question(String question, LocalDate applied) {
        assertThat(DeadlineQuestion.applicationDate(question, TODAY)).contains(applied);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "申请政府信息公开多久答复",
        "2026年5月1日放假吗",
        "how long does a reply take",
        "what happened on 2 november",
        "我2月30日提交的申请什么时候答复",
    })
    void should_leave_other_questions_alone(String question) {
        assertThat(DeadlineQuestion.applicationDate(question, TODAY)).isEmpty();
    }
}
