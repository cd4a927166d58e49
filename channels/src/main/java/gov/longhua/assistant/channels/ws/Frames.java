package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.console.HotTopics;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.answer.CatalogueCard;
import gov.longhua.assistant.core.answer.Citation;
import gov.longhua.assistant.core.dialogue.Session;
import gov.longhua.assistant.kb.Lang;
import java.util.List;

/** The frames the server sends (protocol v1, docs/protocol.md). */
final class Frames {

    private Frames() {
    }

    /** The first frame of a connection; {@code suggestions} are the hot topics staff pinned (possibly none). */
    record SessionFrame(String type, String sessionId, boolean resumed, int turns,
            List<HotTopics.Topic> suggestions) {

        static SessionFrame of(Session session, List<HotTopics.Topic> suggestions) {
            return new SessionFrame("session", session.id(), session.resumed(), session.turns(), suggestions);
        }
    }

    /** The one final reply to an {@code ask}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswerFrame(
            String type,
            String replyTo,
            AnswerKind kind,
            Lang lang,
            String text,
            String speech,
            List<Citation> citations,
            List<AnswerOption> options,
            CatalogueCard card) {

        static AnswerFrame of(String replyTo, Answer answer, Channel channel) {
            return new AnswerFrame("answer", replyTo, answer.kind(), answer.lang(), answer.text(),
                    channel.speaks() ? answer.speech() : null, answer.citations(), answer.options(), answer.card());
        }
    }

    /** Confirms a {@code cancel}: no answer to that ask follows. */
    record CancelledFrame(String type, String replyTo) {
    }

    /** The ask went to the person who handles the conversation; their reply comes as a {@code staff} frame. */
    record ForwardedFrame(String type, String replyTo) {
    }

    /** Acknowledges a {@code feedback} frame. */
    record FeedbackFrame(String type, String replyTo) {
    }

    /** Sent on every connection at a fixed interval, so a client can tell the connection is alive. */
    record HeartbeatFrame(String type, String at) {
    }

    /**
     * A frame the server could not act on; the connection stays open unless the server closes it right after.
     * {@code display} is the text to show the visitor, in both languages.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ErrorFrame(String type, String code, String message, Display display, String replyTo, Long retryAfterMs) {

        static ErrorFrame of(FrameError error) {
            return new ErrorFrame("error", error.code().code(), error.message(),
                    new Display(error.code().zh(), error.code().en()), error.replyTo(), error.retryAfterMs());
        }
    }

    /** A short text for the visitor in Chinese and English. */
    record Display(String zh, String en) {
    }
}
