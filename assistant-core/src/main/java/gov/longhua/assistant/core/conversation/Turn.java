package gov.longhua.assistant.core.conversation;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.util.List;

/**
 * One question and what kind of answer it got.
 *
 * @param options the entry ids offered when the answer was a clarifying question, in the order offered;
 *     empty otherwise
 */
public record Turn(String question, Lang lang, AnswerKind kind, String entryId, List<String> options, Instant at) {

    public Turn {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
