package gov.longhua.assistant.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grounding of the optional language model's summaries. The model is external: here it is a scripted
 * stand-in behind LangChain4j's interface (channels' LlmSummaryTest reaches one over HTTP).
 */
class GroundedSummarizerTest {

    /** A language model that replies what it is told to, and keeps what it was asked. */
    private static final class ScriptedModel implements ChatModel {
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private volatile String reply = "";

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request.messages().toString());
            return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
        }

        void reply(String text) {
            this.reply = text;
        }

        List<String> requests() {
            return requests;
        }
    }

    private static ScriptedModel server;
    private static GroundedSummarizer summarizer;
    private static AnswerComposer composer;
    private static KnowledgeBase kb;

    @BeforeAll
    static void start() {
        server = new ScriptedModel();
        summarizer = new GroundedSummarizer(server);
        kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
        composer = new AnswerComposer(kb, new Messages());
    }

    private static Answer catalogueAnswer(Lang lang) {
        return composer.answer(kb.entry("edu.dropout-prevention").orElseThrow(), lang, 0.9);
    }

    @Test
    void should_put_a_grounded_summary_above_the_answer_and_speak_it() {
        server.reply("控辍保学的信息由街道办事处公开，时限是信息形成或者变更之日起20个工作日内。");
        Answer original = catalogueAnswer(Lang.ZH);

        Answer summarized = summarizer.summarize(original);

        assertThat(summarized.text()).startsWith("控辍保学的信息由街道办事处公开").endsWith(original.text());
        assertThat(summarized.speech()).isEqualTo("控辍保学的信息由街道办事处公开，时限是信息形成或者变更之日起20个工作日内。");
        assertThat(summarized.citations()).isEqualTo(original.citations());
        assertThat(server.requests()).last().asString().contains("控辍保学", "只能使用答复中出现的事实");
    }

    @Test
    void should_drop_a_summary_with_a_figure_the_answer_does_not_contain() {
        server.reply("控辍保学的信息由街道办事处公开，时限是5个工作日，咨询电话12345678。");
        Answer original = catalogueAnswer(Lang.ZH);

        assertThat(summarizer.summarize(original)).isEqualTo(original);
    }

    @Test
    void should_drop_an_english_summary_with_words_the_answer_does_not_contain() {
        server.reply("The street office publishes dropout prevention information. Parents can also receive a cash bonus for attendance.");
        Answer original = catalogueAnswer(Lang.EN);

        assertThat(summarizer.summarize(original)).isEqualTo(original);
    }

    @Test
    void should_never_pass_a_curated_answer_to_the_model() {
        int before = server.requests().size();
        Answer curated = composer.answer(kb.entry("ogi.reply-time-limit").orElseThrow(), Lang.ZH, 1.0);

        assertThat(summarizer.summarize(curated)).isEqualTo(curated);
        assertThat(server.requests()).hasSize(before);
    }
}
