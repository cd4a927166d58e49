package gov.longhua.assistant.core.conversation;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;

/** One question and what kind of answer it got. */
public record Turn(String question, Lang lang, AnswerKind kind, String entryId, Instant at) {
}
