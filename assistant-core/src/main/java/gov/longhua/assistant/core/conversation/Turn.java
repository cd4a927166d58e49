package gov.longhua.assistant.core.conversation;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation: a visitor's question and what kind of answer it got, or, while a person
 * handles the conversation, a visitor's message ({@code kind} handoff) or a staff member's reply.
 *
 * @param question what the visitor wrote; null for a staff reply
 * @param options the option ids offered with the answer (clarifying question, journey, fallback), in the order
 *     offered; empty otherwise
 * @param reply what a staff member wrote; null otherwise
 */
public record Turn(String question, Lang lang, AnswerKind kind, String entryId, List<String> options, Instant at,
        String reply) {

    public Turn {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A question and the kind of answer it got. */
    public Turn(String question, Lang lang, AnswerKind kind, String entryId, List<String> options, Instant at) {
        this(question, lang, kind, entryId, options, at, null);
    }

    /** A staff member's reply in a conversation a person handles. */
    public static Turn staffReply(String text, Lang lang, Instant at) {
        return new Turn(null, lang, AnswerKind.HANDOFF, null, List.of(), at, text);
    }
}
