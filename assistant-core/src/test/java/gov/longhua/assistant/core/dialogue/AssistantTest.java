package gov.longhua.assistant.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.conversation.InMemoryConversationStore;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversations: a clarifying question and the reply that picks one of its options. */
class AssistantTest {

    private static AnswerEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = AnswerEngine.build(new KnowledgeBaseLoader().load(KbLocation.embedded()),
                EmbeddingModels.bgeSmall(Path.of(System.getProperty("DJL_CACHE_DIR", "target/djl"))),
                new LanguageIdentifier(), AnsweringPolicy.defaults());
    }

    private Assistant assistant() {
        Assistant assistant = new Assistant(new InMemoryConversationStore(Duration.ofMinutes(30), Clock.systemUTC()),
                Clock.systemUTC());
        assistant.install(engine);
        return assistant;
    }

    @Test
    void should_keep_every_turn_of_asks_answered_at_the_same_time_in_one_conversation() throws Exception {
        // given
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        String[] questions = {"申请政府信息公开多久答复？", "How much do I pay to get government information?"};

        // when: two asks at a time, ten times
        for (int round = 0; round < 10; round++) {
            java.util.List<java.util.concurrent.Future<Answer>> both = pool.invokeAll(java.util.List.of(
                    () -> assistant.ask(session, new Question(questions[0], null)),
                    () -> assistant.ask(session, new Question(questions[1], null))));
            for (java.util.concurrent.Future<Answer> answer : both) {
                answer.get();
            }
        }
        pool.shutdown();

        // then
        assertThat(assistant.conversation(session)).get().extracting(c -> c.turns().size()).isEqualTo(20);
    }

    @Test
    void should_keep_a_staff_take_made_while_questions_are_being_answered() throws Exception {
        // given
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch asking = new java.util.concurrent.CountDownLatch(1);

        // when: asks go on while a staff member takes the conversation
        java.util.List<java.util.concurrent.Future<?>> asks = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            asks.add(pool.submit(() -> {
                for (int n = 0; n < 8; n++) {
                    assistant.ask(session, new Question("低保怎么申请？", null));
                    asking.countDown();
                }
                return null;
            }));
        }
        asking.await();
        assistant.take(session, "wang");
        for (java.util.concurrent.Future<?> ask : asks) {
            ask.get();
        }
        pool.shutdown();

        // then: nothing written after the take undid it
        gov.longhua.assistant.core.conversation.Conversation conversation = assistant.conversation(session).orElseThrow();
        assertThat(conversation.handling()).isEqualTo(gov.longhua.assistant.core.conversation.Handling.STAFF);
        assertThat(conversation.staff()).isEqualTo("wang");
        assertThat(conversation.turns()).hasSize(16);
    }

    @Test
    void should_ask_which_one_when_the_question_is_too_vague() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();

        Answer zh = assistant.ask(session, new Question("补贴", null));
        Answer en = assistant.ask(assistant.open(null).id(), new Question("subsidy", null));

        assertThat(zh.kind()).isEqualTo(AnswerKind.CLARIFY);
        assertThat(zh.options()).hasSizeBetween(2, 5);
        assertThat(zh.options()).extracting(AnswerOption::id).contains("elderly.allowances");
        assertThat(zh.text()).contains("1. ", "2. ");
        assertThat(en.kind()).isEqualTo(AnswerKind.CLARIFY);
        assertThat(en.lang().code()).isEqualTo("en");
        assertThat(en.options()).allSatisfy(option -> assertThat(option.label()).matches("[\\x00-\\x7F]+"));
    }

    @Test
    void should_answer_the_option_picked_by_number() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        Answer clarify = assistant.ask(session, new Question("低保", null));

        Answer picked = assistant.ask(session, new Question("第2个", null));

        assertThat(picked.kind()).isIn(AnswerKind.FAQ, AnswerKind.CATALOGUE);
        assertThat(picked.entryId()).isEqualTo(clarify.options().get(1).id());
    }

    @Test
    void should_answer_the_option_picked_by_its_label_or_id() {
        Assistant assistant = assistant();
        String byLabel = assistant.open(null).id();
        String byId = assistant.open(null).id();
        Answer clarify = assistant.ask(byLabel, new Question("补贴", null));
        assistant.ask(byId, new Question("补贴", null));

        Answer label = assistant.ask(byLabel, new Question("住房补贴申请后多久能发下来", null));
        Answer id = assistant.ask(byId, new Question(clarify.options().get(0).id(), null));

        assertThat(label.entryId()).isEqualTo("housing.subsidy-payment-time");
        assertThat(id.entryId()).isEqualTo(clarify.options().get(0).id());
    }

    @Test
    void should_treat_a_reply_that_picks_nothing_as_a_new_question() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        assistant.ask(session, new Question("补贴", null));

        Answer answer = assistant.ask(session, new Question("申请政府信息公开多久答复", null));

        assertThat(answer.entryId()).isEqualTo("ogi.reply-time-limit");
    }

    @Test
    void should_understand_a_follow_up_within_the_conversation() {
        Assistant assistant = assistant();
        String zh = assistant.open(null).id();
        String en = assistant.open(null).id();
        assistant.ask(zh, new Question("政府信息公开申请怎么提交", null));
        assistant.ask(en, new Question("How do I submit a request for government information?", null));

        Answer zhFollowUp = assistant.ask(zh, new Question("那要收费吗？", null));
        Answer enFollowUp = assistant.ask(en, new Question("does it cost anything?", null));

        assertThat(zhFollowUp.entryId()).isIn("ogi.fees-in-brief", "ogi.fee-rates");
        assertThat(enFollowUp.entryId()).isIn("ogi.fees-in-brief", "ogi.fee-rates");
        assertThat(enFollowUp.lang().code()).isEqualTo("en");
    }

    @Test
    void should_ask_about_a_field_of_the_item_just_answered() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        Answer first = assistant.ask(session, new Question("控辍保学", null));

        Answer followUp = assistant.ask(session, new Question("那多久公开呢", null));

        assertThat(first.entryId()).isEqualTo("edu.dropout-prevention");
        assertThat(followUp.entryId()).isEqualTo("edu.dropout-prevention");
        assertThat(followUp.text()).startsWith("「重要政策执行情况 / 控辍保学」的公开时限是");
    }

    @Test
    void should_read_a_new_topic_on_its_own_after_an_answer() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        assistant.ask(session, new Question("低保怎么申请", null));

        Answer answer = assistant.ask(session, new Question("居住证怎么办理", null));

        assertThat(answer.entryId()).isEqualTo("hukou.residence-permit");
    }

    @Test
    void should_answer_a_picked_option_in_the_language_of_the_reply() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();
        Answer clarify = assistant.ask(session, new Question("补贴", null));

        Answer picked = assistant.ask(session, new Question(clarify.options().get(0).id(), null));
        String again = assistant.open(null).id();
        Answer clarifyAgain = assistant.ask(again, new Question("补贴", null));
        Answer pickedInEnglish = assistant.ask(again, new Question("the first one please", null));

        assertThat(picked.lang().code()).isEqualTo("zh");
        assertThat(pickedInEnglish.entryId()).isEqualTo(clarifyAgain.options().get(0).id());
        assertThat(pickedInEnglish.lang().code()).isEqualTo("en");
    }

    @Test
    void should_lead_a_life_event_through_the_stages_of_its_guide() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();

        Answer start = assistant.ask(session, new Question("我要开公司", null));
        Answer picked = assistant.ask(session, new Question("1", null));

        assertThat(start.kind()).isEqualTo(AnswerKind.GUIDE);
        assertThat(start.text()).contains("准入准营", "招聘用工", "注销退出");
        assertThat(start.options()).extracting(AnswerOption::id).contains("biz.register-company");
        assertThat(start.options().get(start.options().size() - 1).id()).startsWith("stage:");
        assertThat(start.speech()).contains("请说一、二");
        assertThat(picked.entryId()).isEqualTo(start.options().get(0).id());
    }

    @Test
    void should_move_a_journey_on_to_the_next_stage_in_english() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();

        Answer birth = assistant.ask(session, new Question("I'm having a baby", null));
        Answer next = assistant.ask(session, new Question(String.valueOf(birth.options().size()), null));

        assertThat(birth.kind()).isEqualTo(AnswerKind.GUIDE);
        assertThat(birth.lang().code()).isEqualTo("en");
        assertThat(birth.text()).contains("\"Birth\"");
        assertThat(birth.options()).extracting(AnswerOption::id).contains("hukou.newborn-registration");
        assertThat(birth.speech()).startsWith("You are at the stage").contains("Say one, two");
        assertThat(next.kind()).isEqualTo(AnswerKind.GUIDE);
        assertThat(next.text()).contains("\"Education\"");
    }

    @Test
    void should_answer_a_particular_question_directly_rather_than_start_a_journey() {
        Assistant assistant = assistant();

        Answer answer = assistant.ask(assistant.open(null).id(), new Question("我想申请低保", null));

        assertThat(answer.kind()).isNotEqualTo(AnswerKind.GUIDE);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"我们准备生孩子", "We are having a baby",
        "I want to start a business", "我快要退休了"})
    void should_start_a_journey_from_a_life_event_however_it_is_put(String event) {
        Assistant assistant = assistant();

        Answer answer = assistant.ask(assistant.open(null).id(), new Question(event, null));

        assertThat(answer.kind()).isEqualTo(AnswerKind.GUIDE);
        assertThat(answer.options()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void should_say_when_nobody_can_take_a_request_for_a_person_and_give_the_official_channel() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();

        Answer zh = assistant.ask(session, new Question("转人工", null));
        Answer en = assistant.ask(assistant.open(null).id(), new Question("I want to talk to a person", null));

        assertThat(zh.kind()).isEqualTo(AnswerKind.HANDOFF);
        assertThat(zh.text()).contains("没有工作人员在线", "www.szlhq.gov.cn");
        assertThat(en.text()).contains("no member of staff is available");
        assertThat(assistant.handling(session).code()).isEqualTo("assistant");
    }

    @Test
    void should_offer_a_person_after_two_answers_it_could_not_give() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();

        Answer first = assistant.ask(session, new Question("龙华区的垃圾分类积分怎么兑换礼品", null));
        Answer second = assistant.ask(session, new Question("社区公园的烧烤区要预约吗", null));
        Answer picked = assistant.ask(session, new Question("1", null));

        assertThat(first.kind()).isEqualTo(AnswerKind.FALLBACK);
        assertThat(first.options()).isEmpty();
        assertThat(second.kind()).isEqualTo(AnswerKind.FALLBACK);
        assertThat(second.options()).extracting(AnswerOption::id).containsExactly("handoff");
        assertThat(picked.kind()).isEqualTo(AnswerKind.HANDOFF);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"人工智能是什么", "can I apply in person", "工作人员几点上班"})
    void should_not_mistake_a_question_for_a_request_for_a_person(String question) {
        Assistant assistant = assistant();

        Answer answer = assistant.ask(assistant.open(null).id(), new Question(question, null));

        assertThat(answer.kind()).isNotEqualTo(AnswerKind.HANDOFF);
    }

    @Test
    void should_store_questions_with_personal_data_masked() {
        Assistant assistant = assistant();
        String session = assistant.open(null).id();

        assistant.ask(session, new Question("我叫张三，电话13812345678，低保怎么申请", null));

        assertThat(assistant.conversation(session).orElseThrow().turns().get(0).question())
                .isEqualTo("我叫[NAME]，电话[PHONE]，低保怎么申请");
    }
}
