package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.answer.GroundedSummarizer;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import gov.longhua.assistant.core.conversation.Handling;
import gov.longhua.assistant.core.conversation.PersonalData;
import gov.longhua.assistant.core.conversation.Turn;
import gov.longhua.assistant.kb.Lang;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

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
    private final StaffDesk desk;

    public Assistant(ConversationStore conversations, Clock clock) {
        this(conversations, clock, Optional.empty(), StaffDesk.CLOSED);
    }

    /**
     * With the optional language model that summarises composed answers (off unless configured) and the
     * staff desk visitors who ask for a person are sent to.
     */
    public Assistant(ConversationStore conversations, Clock clock, Optional<GroundedSummarizer> summarizer,
            StaffDesk desk) {
        this.conversations = conversations;
        this.clock = clock;
        this.summarizer = summarizer;
        this.desk = desk;
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
            Optional<Conversation> resumed = conversations.update(requestedId, c -> c.touchedAt(clock.instant()));
            if (resumed.isPresent()) {
                return new Session(resumed.get().id(), true, resumed.get().turns().size());
            }
        }
        Conversation started = Conversation.start(UUID.randomUUID().toString(), clock.instant());
        conversations.save(started);
        return new Session(started.id(), false, 0);
    }

    /**
     * Answers a question within a conversation and records the turn. A visitor who asks for a person, or picks
     * the person offered after two answers in a row the assistant could not give, is handed to the staff desk
     * if it is open, or told it is not and given the official channel (the desk keeps the request).
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
        Optional<String> picked = last == null || last.options().isEmpty() ? Optional.empty()
                : current.pickedOption(question, last.options());
        if (current.asksForAPerson(question) || picked.filter(HandoffRequest.OPTION::equals).isPresent()) {
            return handOff(current, conversation, question, lastLanguage(turns));
        }
        Answer answer = picked.isPresent()
                ? current.answerChoice(question, last.options(), last.lang())
                : current.answer(question, lastLanguage(turns), last);
        if (answer.kind() == AnswerKind.FALLBACK && last != null && last.kind() == AnswerKind.FALLBACK) {
            answer = current.offerHandoff(answer);
        }
        if (summarizer.isPresent()) {
            answer = summarizer.get().summarize(answer);
        }
        Turn turn = turn(question, answer);
        record(sessionId, c -> c.with(turn));
        return answer;
    }

    private Answer handOff(AnswerEngine current, Conversation conversation, Question question, Lang fallback) {
        Instant now = clock.instant();
        boolean open = desk.open(now);
        Answer answer = current.handoff(open, question, fallback);
        Turn turn = turn(question, answer);
        Conversation handed = record(conversation.id(),
                c -> c.with(turn).handledBy(open ? Handling.WAITING : Handling.ASSISTANT, null, now));
        if (open) {
            desk.waiting(handed);
        } else {
            desk.missed(handed);
        }
        return answer;
    }

    private Turn turn(Question question, Answer answer) {
        return new Turn(PersonalData.mask(question.text()), answer.lang(), answer.kind(), answer.entryId(),
                answer.options().stream().map(AnswerOption::id).toList(), clock.instant());
    }

    /** Who answers the conversation now; a conversation that does not exist (any more) is the assistant's. */
    public Handling handling(String sessionId) {
        return conversations.find(sessionId).map(Conversation::handling).orElse(Handling.ASSISTANT);
    }

    /** The conversation, for the staff member who takes it. */
    public Optional<Conversation> conversation(String sessionId) {
        return conversations.find(sessionId);
    }

    /** Records a visitor's message in a conversation a person handles; the assistant does not answer it. */
    public Conversation forward(String sessionId, Question question) {
        String masked = PersonalData.mask(question.text());
        Instant now = clock.instant();
        return record(sessionId, c -> c.with(new Turn(masked, question.preferredLang() == null
                ? lastLanguage(c.turns()) : question.preferredLang(), AnswerKind.HANDOFF, null, List.of(), now)));
    }

    /** A staff member takes a conversation; the assistant stays silent in it until it is handed back. */
    public Optional<Conversation> take(String sessionId, String staffMember) {
        return update(sessionId, c -> c.handledBy(Handling.STAFF, staffMember, clock.instant()));
    }

    /** Records a staff member's reply. */
    public Optional<Conversation> reply(String sessionId, String text) {
        return update(sessionId, c -> c.with(Turn.staffReply(PersonalData.mask(text), lastLanguage(c.turns()),
                clock.instant())));
    }

    /** Gives the conversation back to the assistant. */
    public Optional<Conversation> handBack(String sessionId) {
        return update(sessionId, c -> c.handledBy(Handling.ASSISTANT, null, clock.instant()));
    }

    private Optional<Conversation> update(String sessionId, UnaryOperator<Conversation> change) {
        return conversations.update(sessionId, change);
    }

    /**
     * Changes the conversation atomically in the store, so that answers given at the same time and a staff
     * member taking it meanwhile are all kept; a conversation that expired meanwhile starts again with the change.
     */
    private Conversation record(String sessionId, UnaryOperator<Conversation> change) {
        return conversations.update(sessionId, change).orElseGet(() -> {
            Conversation started = change.apply(Conversation.start(sessionId, clock.instant()));
            conversations.save(started);
            return started;
        });
    }

    private static Lang lastLanguage(List<Turn> turns) {
        return turns.isEmpty() ? Lang.ZH : turns.get(turns.size() - 1).lang();
    }
}
