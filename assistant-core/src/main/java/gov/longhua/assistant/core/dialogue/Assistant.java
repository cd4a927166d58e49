package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.answer.GroundedSummarizer;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import gov.longhua.assistant.core.conversation.Turn;
import gov.longhua.assistant.kb.Lang;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The assistant as every channel sees it: join or resume a conversation, ask a question in it. One path for
 * every channel; channels only convert frames. Conversations can be joined at once; questions are answered
 * once an {@link AnswerEngine} is installed, and installing a new one (a new knowledge base) takes effect for
 * the next question without disturbing one being answered.
 */
public final class Assistant {

    private final AtomicReference<AnswerEngine> engine = new AtomicReference<>();
    private final ConversationStore conversations;
    private final Clock clock;
    private final Optional<GroundedSummarizer> summarizer;

    public Assistant(ConversationStore conversations, Clock clock) {
        this(conversations, clock, Optional.empty());
    }

    /** With the optional language model that summarises composed answers (off unless configured). */
    public Assistant(ConversationStore conversations, Clock clock, Optional<GroundedSummarizer> summarizer) {
        this.conversations = conversations;
        this.clock = clock;
        this.summarizer = summarizer;
    }

    /** Puts an engine into service; questions asked from now on are answered by it. */
    public void install(AnswerEngine answerEngine) {
        engine.set(answerEngine);
    }

    /** Whether questions can be answered: an engine is installed. */
    public boolean isReady() {
        return engine.get() != null;
    }

    /** The engine in service, if any. */
    public Optional<AnswerEngine> engine() {
        return Optional.ofNullable(engine.get());
    }

    /** Resumes the conversation with the requested id if it still exists, else starts a new one. */
    public Session open(String requestedId) {
        if (requestedId != null && !requestedId.isBlank()) {
            Optional<Conversation> existing = conversations.find(requestedId);
            if (existing.isPresent()) {
                Conversation resumed = existing.get().touchedAt(clock.instant());
                conversations.save(resumed);
                return new Session(resumed.id(), true, resumed.turns().size());
            }
        }
        Conversation started = Conversation.start(UUID.randomUUID().toString(), clock.instant());
        conversations.save(started);
        return new Session(started.id(), false, 0);
    }

    /**
     * Answers a question within a conversation and records the turn.
     *
     * @throws NotReadyException when no engine is installed yet
     */
    public Answer ask(String sessionId, Question question) {
        AnswerEngine current = engine.get();
        if (current == null) {
            throw new NotReadyException();
        }
        Conversation conversation = conversations.find(sessionId)
                .orElseGet(() -> Conversation.start(sessionId, clock.instant()));
        List<Turn> turns = conversation.turns();
        Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        Answer answer = last != null && (last.kind() == AnswerKind.CLARIFY || last.kind() == AnswerKind.GUIDE)
                ? current.answerChoice(question, last.options(), last.lang())
                : current.answer(question, lastLanguage(turns), last);
        if (summarizer.isPresent()) {
            answer = summarizer.get().summarize(answer);
        }
        conversations.save(conversation.with(new Turn(question.text(), answer.lang(), answer.kind(), answer.entryId(),
                answer.options().stream().map(AnswerOption::id).toList(), clock.instant())));
        return answer;
    }

    private static Lang lastLanguage(List<Turn> turns) {
        return turns.isEmpty() ? Lang.ZH : turns.get(turns.size() - 1).lang();
    }
}
