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

    @Test
    void should_let_an_entry_threshold_replace_the_language_default() {
        Candidate close = candidate(0.82, 3);

        assertThat(policy.accepts(close, Lang.ZH)).isTrue();
        assertThat(policy.accepts(close, Lang.ZH, 0.90)).isFalse();
        assertThat(policy.accepts(close, Lang.EN)).isFalse();
        assertThat(policy.accepts(close, Lang.EN, 0.75)).isTrue();
    }

    @Test
    void should_never_ask_less_with_lexical_agreement_than_the_entry_threshold_allows_alone() {
        Candidate agreed = candidate(0.64, 1);

        assertThat(policy.accepts(agreed, Lang.ZH)).isTrue();
        assertThat(policy.accepts(agreed, Lang.ZH, 0.60)).isTrue();
        assertThat(policy.accepts(candidate(0.58, 1), Lang.ZH, 0.60)).isFalse();
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
