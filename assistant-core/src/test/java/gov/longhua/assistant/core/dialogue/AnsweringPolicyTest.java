package gov.longhua.assistant.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsweringPolicyTest {

    private final AnsweringPolicy policy = AnsweringPolicy.defaults();

    private static Candidate candidate(double cosine, int lexicalRank) {
        return new Candidate("e", 0.03, cosine, 1.0, 1, lexicalRank);
    }

    private static Candidate sure(String id, double confidence) {
        return new Candidate(id, confidence, 0.8, 1.0, 1, 1);
    }

    @Test
    void should_answer_from_the_language_threshold_or_the_entry_own() {
        Candidate likely = sure("e", 0.70);

        assertThat(policy.accepts(likely, Lang.ZH, null)).isTrue();
        assertThat(policy.accepts(likely, Lang.ZH, 0.90)).isFalse();
        assertThat(policy.accepts(sure("e", 0.20), Lang.EN, null)).isFalse();
        assertThat(policy.accepts(sure("e", 0.20), Lang.EN, 0.15)).isTrue();
    }

    @Test
    void should_offer_a_choice_when_no_candidate_is_sure_but_several_are_plausible() {
        List<Candidate> unsure = List.of(sure("a", 0.28), sure("b", 0.20), sure("c", 0.02));
        List<Candidate> oneLikely = List.of(sure("a", 0.90), sure("b", 0.30));
        List<Candidate> nothing = List.of(sure("a", 0.10), sure("b", 0.01));

        assertThat(policy.clarifyingOptions("低保申请和审批哪个先", unsure, Lang.ZH))
                .extracting(Candidate::entryId).containsExactly("a", "b");
        assertThat(policy.clarifyingOptions("低保申请和审批哪个先", oneLikely, Lang.ZH)).isEmpty();
        assertThat(policy.clarifyingOptions("低保申请和审批哪个先", nothing, Lang.ZH)).isEmpty();
    }

    @Test
    void should_offer_a_choice_for_a_word_or_two_that_several_entries_match_alike() {
        List<Candidate> tied = List.of(sure("a", 0.60), sure("b", 0.10));
        List<Candidate> one = List.of(sure("a", 0.90), sure("b", 0.01));

        assertThat(policy.clarifyingOptions("低保", tied, Lang.ZH)).hasSize(2);
        assertThat(policy.clarifyingOptions("dibao", tied, Lang.EN)).hasSize(2);
        assertThat(policy.clarifyingOptions("低保", one, Lang.ZH)).isEmpty();
        assertThat(policy.clarifyingOptions("how do i apply for dibao here", tied, Lang.EN)).isEmpty();
    }

    @Test
    void should_decline_only_questions_closer_to_a_scope_example_than_to_any_entry() {
        List<Candidate> weak = List.of(candidate(0.60, 0));
        List<Candidate> strong = List.of(candidate(0.90, 1));

        assertThat(policy.declines(0.75, weak, Lang.ZH)).isTrue();
        assertThat(policy.declines(0.75, strong, Lang.ZH)).isFalse();
        assertThat(policy.declines(0.65, weak, Lang.ZH)).isFalse();
        assertThat(policy.declines(0.75, weak, Lang.EN)).isFalse();
    }
}
