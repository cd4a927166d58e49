package gov.longhua.assistant.channels.ws;

/**
 * What was wrong with a frame, or why it could not be acted on now.
 *
 * @param code stable, for clients to act on; carries the visitor's text in both languages
 * @param message for developers: what was wrong and in which field
 * @param replyTo the client's id of the ask, when it could be read
 * @param retryAfterMs when asking again may succeed, in milliseconds, for errors that pass; else null
 */
record FrameError(ErrorCode code, String message, String replyTo, Long retryAfterMs) {

    FrameError(ErrorCode code, String message, String replyTo) {
        this(code, message, replyTo, null);
    }
}
