package gov.longhua.assistant.channels.ws;

/**
 * What was wrong with a frame.
 *
 * @param code stable, for clients to act on and to show their own localised text
 * @param message for developers: what was wrong and in which field
 * @param replyTo the client's id of the ask, when it could be read
 */
record FrameError(String code, String message, String replyTo) {
}
