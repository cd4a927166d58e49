package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.core.dialogue.Question;

/** A valid {@code ask} frame: the client's id for it and the question. */
record AskFrame(String id, Question question) {
}
