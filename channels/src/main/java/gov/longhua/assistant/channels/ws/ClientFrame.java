package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.core.dialogue.Question;

/** The frames a client sends (protocol v1, docs/protocol.md). */
sealed interface ClientFrame {

    /** The id the client gave the frame; replies carry it as {@code replyTo}. */
    String id();

    /** A question to answer. */
    record Ask(String id, Question question) implements ClientFrame {
    }

    /** Stop the answer to an earlier ask: the visitor interrupted (barge-in). */
    record Cancel(String id) implements ClientFrame {
    }

    /** Whether the answer to an earlier ask helped. */
    record Feedback(String id, boolean helpful) implements ClientFrame {
    }

    /** A partial speech-recognition result: ignored; the final text comes as an ask. */
    record Partial(String id) implements ClientFrame {
    }
}
