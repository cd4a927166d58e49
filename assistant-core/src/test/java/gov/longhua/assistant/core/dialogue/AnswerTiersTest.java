package gov.longhua.assistant.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each answering tier alone, over the default knowledge base: what it decides, and what it passes on. */
class AnswerTiersTest {

    private static AnswerEngine engine;
    private static KnowledgeBase kb;

    @BeforeAll
    static void build() {
        kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
        engine = AnswerEngine.build(kb, EmbeddingModels.bgeSmall(Path.of(System.getProperty("DJL_CACHE_DIR", "target/djl"))),
                new LanguageIdentifier(), AnsweringPolicy.defaults());
    }

    private static Optional<AnswerTier.Decision> decide(AnswerTier tier, String question) {
        return tier.decide(engine.asking(new Question(question, null), Lang.ZH), engine.parts());
    }

    private static final String ORDINARY = "我交了信息公开申请 他们多久要回复我啊";

    @Test
    void should_tell_a_question_in_no_language_it_reads_so() {
        AnswerTier tier = new UnsupportedLanguageTier();

        assertThat(decide(tier, "Bonjour, combien de temps pour une demande d'information ?")).isPresent();
        assertThat(decide(tier, ORDINARY)).isEmpty();
    }

    @Test
    void should_answer_a_curated_phrasing_with_its_entry() {
        String title = kb.entry("ogi.reply-time-limit").orElseThrow().title().zh();

        assertThat(decide(new ExactTier(), title)).map(d -> d.answer().entryId()).contains("ogi.reply-time-limit");
        assertThat(decide(new ExactTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_decline_a_question_with_a_cue_of_a_scope_rule() {
        assertThat(decide(new ScopeCueTier(), "帮我伪造一份收入证明")).map(d -> d.answer().kind()).contains(AnswerKind.REFUSE);
        assertThat(decide(new ScopeCueTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_compute_the_reply_deadline_of_a_request_made_on_a_named_day() {
        assertThat(decide(new DeadlineTier(), "我2026年3月2日提交的信息公开申请，最晚什么时候答复？"))
                .map(d -> d.answer().kind()).contains(AnswerKind.DEADLINE);
        assertThat(decide(new DeadlineTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_decline_a_question_closer_to_a_scope_example_than_to_any_entry() {
        assertThat(decide(new ScopeMeaningTier(), "孩子咳嗽一直不好怎么办")).map(d -> d.answer().kind())
                .contains(AnswerKind.REFUSE);
        assertThat(decide(new ScopeMeaningTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_start_the_journey_a_life_event_announces() {
        assertThat(decide(new JourneyTier(), "我要开公司")).map(d -> d.answer().kind()).contains(AnswerKind.GUIDE);
        assertThat(decide(new JourneyTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_answer_which_stage_covers_something_with_the_stage_it_names() {
        assertThat(decide(new JourneyTier(), "买房是属于哪个阶段")).map(d -> d.answer().text())
                .hasValueSatisfying(text -> assertThat(text).contains("置业"));
        assertThat(decide(new JourneyTier(), "which stage is about hiring workers")).map(d -> d.answer().kind())
                .contains(AnswerKind.GUIDE);
        assertThat(decide(new JourneyTier(), "个人全生命周期分哪几个阶段")).isEmpty();
        assertThat(decide(new JourneyTier(), "企业从开办到注销分几个阶段")).isEmpty();
    }

    @Test
    void should_answer_a_field_of_a_catalogue_item_from_the_item() {
        assertThat(decide(new FieldTier(), "控辍保学的信息由谁公开")).map(d -> d.answer().entryId())
                .contains("edu.dropout-prevention");
        assertThat(decide(new FieldTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_offer_each_thing_a_message_asking_two_things_is_about() {
        Optional<AnswerTier.Decision> decided = decide(new SeveralQuestionsTier(), "低保怎么申请？公租房怎么申请？");

        assertThat(decided).map(d -> d.answer().kind()).contains(AnswerKind.CLARIFY);
        assertThat(decided.orElseThrow().answer().options()).extracting(AnswerOption::id)
                .contains("sa.dibao-application", "housing.public-rental-eligibility");
        assertThat(decide(new SeveralQuestionsTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_ask_which_one_a_single_word_means() {
        assertThat(decide(new ClarifyTier(), "补贴")).map(d -> d.answer().kind()).contains(AnswerKind.CLARIFY);
        assertThat(decide(new ClarifyTier(), ORDINARY)).isEmpty();
    }

    @Test
    void should_not_offer_an_item_beside_the_curated_answer_that_cites_it() {
        String faq = "hukou.newborn-registration";
        String cited = kb.faqs().stream().filter(f -> f.id().equals(faq)).findFirst().orElseThrow()
                .cites().items().get(0);
        List<Candidate> options = List.of(new Candidate(cited, 0.2, 0.8, 10, 1, 1),
                new Candidate(faq, 0.19, 0.8, 9, 2, 2), new Candidate("ogi.reply-time-limit", 0.18, 0.7, 5, 3, 3));

        assertThat(ClarifyTier.withoutCited(options, engine.parts())).extracting(Candidate::entryId)
                .containsExactly(faq, "ogi.reply-time-limit");
    }

    @Test
    void should_answer_with_the_best_candidate_only_when_sure_enough() {
        assertThat(decide(new AcceptTier(), ORDINARY)).map(d -> d.answer().entryId()).contains("ogi.reply-time-limit");
        assertThat(decide(new AcceptTier(), "龙华区的垃圾分类积分怎么兑换礼品")).isEmpty();
    }

    @Test
    void should_always_fall_back_as_the_last_tier() {
        assertThat(decide(new FallbackTier(), ORDINARY)).map(d -> d.answer().kind()).contains(AnswerKind.FALLBACK);
    }

    @Test
    void should_record_which_tier_decided_and_why() {
        AnswerPipeline pipeline = new AnswerPipeline(List.of(new ExactTier(), new AcceptTier(), new FallbackTier()));

        AnswerPipeline.Outcome accepted = pipeline.run(engine.asking(new Question(ORDINARY, null), Lang.ZH), engine.parts());
        AnswerPipeline.Outcome fallback = pipeline.run(engine.asking(new Question("龙华区的垃圾分类积分怎么兑换礼品", null), Lang.ZH),
                engine.parts());

        assertThat(accepted.tier()).isEqualTo(Tier.ACCEPTED);
        assertThat(accepted.why()).startsWith("confidence");
        assertThat(fallback.tier()).isEqualTo(Tier.FALLBACK);
        assertThat(fallback.why()).contains("below the threshold");
    }

    @Test
    void should_refuse_a_pipeline_whose_last_tier_can_pass() {
        AnswerPipeline pipeline = new AnswerPipeline(List.of(new ExactTier()));

        assertThatThrownBy(() -> pipeline.run(engine.asking(new Question(ORDINARY, null), Lang.ZH), engine.parts()))
                .isInstanceOf(IllegalStateException.class);
    }
}
