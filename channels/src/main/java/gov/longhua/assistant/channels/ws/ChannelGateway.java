package gov.longhua.assistant.channels.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.channels.console.HotTopics;
import gov.longhua.assistant.channels.console.QuestionLog;
import java.util.List;
import gov.longhua.assistant.channels.staff.StaffInbox;
import gov.longhua.assistant.core.conversation.Handling;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.dialogue.NotReadyException;
import gov.longhua.assistant.core.dialogue.Session;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Converts between frames and the assistant, the same for every channel: what differs per channel is only
 * how an answer is rendered ({@link Frames.AnswerFrame#of}). Counts questions per channel and language and
 * times the answers, and records every question and rating for staff ({@link QuestionLog}).
 */
@ApplicationScoped
public class ChannelGateway {

    private static final Logger LOG = Logger.getLogger(ChannelGateway.class);

    private final Assistant assistant;
    private final ObjectMapper json;
    private final FrameReader reader;
    private final MeterRegistry metrics;

    private final StaffInbox inbox;
    private final QuestionLog questions;
    private final HotTopics hotTopics;

    ChannelGateway(Assistant assistant, ObjectMapper json, MeterRegistry metrics, StaffInbox inbox,
            QuestionLog questions, HotTopics hotTopics) {
        this.hotTopics = hotTopics;
        this.assistant = assistant;
        this.questions = questions;
        this.inbox = inbox;
        this.json = json;
        this.reader = new FrameReader(json);
        this.metrics = metrics;
    }

    /** Joins or resumes a conversation; returns the session frame. */
    Session open(String requestedSessionId) {
        return assistant.open(requestedSessionId);
    }

    String sessionFrame(Session session) {
        List<HotTopics.Topic> suggestions;
        try {
            suggestions = hotTopics.all();
        } catch (RuntimeException e) {
            LOG.warnf("Hot topics unavailable: %s", e.getMessage());
            suggestions = List.of();
        }
        return write(Frames.SessionFrame.of(session, suggestions));
    }

    /** Reads a client frame: the frame, or the error frame to send back. */
    FrameReader.Read read(String frame) {
        return reader.read(frame);
    }

    /** The error frame, counted per code ({@code assistant_errors_total{code}} in {@code /q/metrics}). */
    String errorFrame(FrameError error) {
        Counter.builder("assistant.errors")
                .description("Error frames sent to public connections, per code")
                .tag("code", error.code().code())
                .register(metrics).increment();
        return write(Frames.ErrorFrame.of(error));
    }

    String cancelledFrame(String replyTo) {
        return write(new Frames.CancelledFrame("cancelled", replyTo));
    }

    /** Counts and records a visitor's rating of an answer; returns the acknowledgement. */
    String feedback(Channel channel, String sessionId, ClientFrame.Feedback feedback) {
        Counter.builder("assistant.feedback")
                .description("Visitors' ratings of answers, per channel")
                .tag("channel", channel.path())
                .tag("helpful", String.valueOf(feedback.helpful()))
                .register(metrics).increment();
        LOG.infof("feedback on %s, session %s, ask %s: %s", channel.path(), sessionId, feedback.id(),
                feedback.helpful() ? "helpful" : "not helpful");
        questions.rated(sessionId, feedback.id(), feedback.helpful());
        return write(new Frames.FeedbackFrame("feedback-received", feedback.id()));
    }

    String heartbeatFrame(java.time.Instant at) {
        return write(new Frames.HeartbeatFrame("heartbeat", at.toString()));
    }

    /**
     * Answers one question in a conversation; returns the answer frame, or the error frame if it cannot. While
     * a person handles the conversation the question goes to them instead, and the reply says so.
     */
    String answer(Channel channel, String sessionId, ClientFrame.Ask ask) {
        if (assistant.handling(sessionId) != Handling.ASSISTANT) {
            inbox.visitorMessage(sessionId, ask.question());
            return write(new Frames.ForwardedFrame("forwarded", ask.id()));
        }
        Timer.Sample sample = Timer.start(metrics);
        try {
            Answer answer = assistant.ask(sessionId, ask.question());
            sample.stop(Timer.builder("assistant.answer")
                    .description("Time to answer one question")
                    .tag("channel", channel.path())
                    .tag("kind", answer.kind().code())
                    .publishPercentiles(0.5, 0.99)
                    .register(metrics));
            Counter.builder("assistant.questions")
                    .description("Questions answered, per channel, language and kind of answer")
                    .tag("channel", channel.path())
                    .tag("lang", answer.lang().code())
                    .tag("kind", answer.kind().code())
                    .register(metrics).increment();
            questions.asked(channel.path(), sessionId, ask.id(), ask.question().text(), answer);
            return write(Frames.AnswerFrame.of(ask.id(), answer, channel));
        } catch (NotReadyException e) {
            return errorFrame(new FrameError(ErrorCode.NOT_READY,
                    "The knowledge base is still loading; ask again in a few seconds.", ask.id(), 2_000L));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Answering on %s failed", channel.path());
            return errorFrame(new FrameError(ErrorCode.INTERNAL,
                    "The question could not be answered because of a server fault.", ask.id()));
        }
    }

    private String write(Object frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
