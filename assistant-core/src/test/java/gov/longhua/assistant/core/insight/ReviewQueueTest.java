package gov.longhua.assistant.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    private static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

    private static Asked asked(String id, String question, AnswerKind kind, double confidence) {
        return new Asked(T.plusSeconds(id.hashCode() & 0xff), "s-" + id, id, "web", Lang.ZH, question, kind,
                kind == AnswerKind.FALLBACK ? null : "some.entry", null, confidence, "答");
    }

    @Test
    void should_group_near_identical_questions_into_one_item_with_a_count() {
        List<ReviewItem> items = ReviewQueue.of(List.of(
                asked("1", "游泳馆几点关门？", AnswerKind.FALLBACK, 0),
                asked("2", "请问游泳馆几点关门呢", AnswerKind.FALLBACK, 0),
                asked("3", "游泳馆几点关门", AnswerKind.CLARIFY, 0.7),
                asked("4", "图书馆怎么办借书证", AnswerKind.FALLBACK, 0)), List.of(), Map.of());

        assertThat(items).hasSize(2);
        assertThat(items.get(0).question()).isEqualTo("游泳馆几点关门？");
        assertThat(items.get(0).count()).isEqualTo(3);
        assertThat(items.get(0).variants()).containsExactly("请问游泳馆几点关门呢", "游泳馆几点关门");
        assertThat(items.get(0).reasons()).containsExactlyInAnyOrder(ReviewReason.UNANSWERED, ReviewReason.LOW_CONFIDENCE);
        assertThat(items.get(0).status()).isEqualTo(ReviewStatus.NEW);
    }

    @Test
    void should_take_low_confidence_answers_and_not_helpful_ratings_and_leave_confident_answers_out() {
        List<ReviewItem> items = ReviewQueue.of(List.of(
                asked("1", "低保怎么申请", AnswerKind.FAQ, 0.95),
                asked("2", "公积金怎么提取", AnswerKind.FAQ, 0.95),
                asked("3", "居住证怎么办", AnswerKind.CATALOGUE, 0.80)),
                List.of(new Rated(T, "s-2", "2", false), new Rated(T, "s-1", "1", true)), Map.of());

        assertThat(items).extracting(ReviewItem::question).containsExactlyInAnyOrder("公积金怎么提取", "居住证怎么办");
        assertThat(items).filteredOn(i -> i.question().equals("公积金怎么提取"))
                .allSatisfy(i -> assertThat(i.reasons()).containsExactly(ReviewReason.NOT_HELPFUL));
    }

    @Test
    void should_keep_the_status_staff_gave_an_item() {
        List<Asked> log = List.of(asked("1", "游泳馆几点关门", AnswerKind.FALLBACK, 0));
        String id = ReviewQueue.of(log, List.of(), Map.of()).get(0).id();

        List<ReviewItem> items = ReviewQueue.of(log, List.of(),
                Map.of(id, new ReviewState(ReviewStatus.IGNORED, "not ours", "editor", T)));

        assertThat(items.get(0).status()).isEqualTo(ReviewStatus.IGNORED);
        assertThat(items.get(0).note()).isEqualTo("not ours");
    }

    @Test
    void should_tell_near_identical_questions_from_different_ones() {
        assertThat(QuestionKey.same(QuestionKey.of("How do I apply for housing?"), QuestionKey.of("how do i apply for housing"))).isTrue();
        assertThat(QuestionKey.same(QuestionKey.of("低保怎么申请"), QuestionKey.of("低保申请条件"))).isFalse();
    }
}
