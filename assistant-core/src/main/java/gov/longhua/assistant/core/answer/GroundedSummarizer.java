package gov.longhua.assistant.core.answer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The optional language model (any OpenAI-compatible endpoint, configured by the operator; off by default):
 * it summarises an answer composed from catalogue fields into a few plain sentences in the asker's language,
 * which the robot speaks and screens show above the full answer. Curated FAQ answers are never passed to it:
 * they are returned as written. A summary is used only when every sentence of it passes the
 * {@link GroundingCheck} against the answer it summarises; otherwise, or if the model fails, the answer is
 * returned unchanged.
 */
public final class GroundedSummarizer {

    private static final Logger LOG = Logger.getLogger(GroundedSummarizer.class.getName());

    private final ChatModel model;
    private final Messages messages;

    public GroundedSummarizer(ChatModel model) {
        this.model = model;
        this.messages = new Messages();
    }

    public Answer summarize(Answer answer) {
        if (answer.kind() != AnswerKind.CATALOGUE) {
            return answer;
        }
        String summary;
        try {
            summary = model.chat(List.of(SystemMessage.from(messages.get(answer.lang(), "llm.instructions")),
                    UserMessage.from(answer.text()))).aiMessage().text();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the language model failed; answering without a summary", e);
            return answer;
        }
        if (summary == null || !GroundingCheck.grounded(summary, answer.text())) {
            LOG.info(() -> "a summary of " + answer.entryId() + " was not grounded in its answer and was dropped");
            return answer;
        }
        String text = summary.strip();
        return new Answer(answer.kind(), answer.lang(), text + "\n\n" + answer.text(), Speech.of(text, answer.lang()),
                answer.citations(), answer.options(), answer.card(), answer.entryId(), answer.confidence());
    }
}
