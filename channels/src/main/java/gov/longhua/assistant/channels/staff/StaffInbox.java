package gov.longhua.assistant.channels.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.Turn;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.core.dialogue.StaffDesk;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The staff inbox: the staff desk of the assistant. Staff online over {@code /staff/ws} see conversations
 * waiting for a person and requests missed while nobody was available, take a conversation, reply into it
 * and hand it back; while a person has it, the visitor's messages go to that person and the assistant is
 * silent. Lives in one process: conversations taken here are answered from here.
 */
@ApplicationScoped
public class StaffInbox implements StaffDesk {

    /** The user-data key under which a visitor connection keeps its session id (set by ChannelSocket). */
    public static final UserData.TypedKey<String> VISITOR_SESSION = UserData.TypedKey.forString("session");
    private static final Logger LOG = Logger.getLogger(StaffInbox.class);
    private static final int MISSED_KEPT = 200;

    private final Instance<Assistant> assistant;
    private final OpenConnections connections;
    private final ObjectMapper json;
    private volatile OfficeHours hours;
    private final Set<WebSocketConnection> staff = ConcurrentHashMap.newKeySet();
    private final Map<String, WebSocketConnection> holders = new ConcurrentHashMap<>();
    private final Map<String, Conversation> waiting = new LinkedHashMap<>();
    private final Deque<ObjectNode> missed = new ArrayDeque<>();

    private final MissedRequests missedFile;

    StaffInbox(Instance<Assistant> assistant, OpenConnections connections, ObjectMapper json, AssistantConfig config) {
        this.assistant = assistant;
        this.connections = connections;
        this.json = json;
        this.hours = OfficeHours.parse(config.handoff().officeHours(), config.handoff().workingDaysOnly());
        this.missedFile = new MissedRequests(config.handoff().missedFile(), json);
        missedFile.readLast(MISSED_KEPT).forEach(missed::addLast);
    }

    /** Changes the office hours (an admin's setting in the console) from now on. */
    public void officeHours(OfficeHours changed) {
        this.hours = changed;
    }

    @Override
    public boolean open(Instant now) {
        return !staff.isEmpty() && hours.contains(now, assistant.get().engine()
                .map(AnswerEngine::knowledgeBase).map(kb -> kb.calendar()).orElse(null));
    }

    @Override
    public synchronized void waiting(Conversation conversation) {
        waiting.put(conversation.id(), conversation);
        broadcast(conversationFrame("waiting", conversation));
    }

    @Override
    public synchronized void missed(Conversation conversation) {
        ObjectNode frame = conversationFrame("missed", conversation);
        missedFile.append(frame);
        missed.addFirst(frame);
        while (missed.size() > MISSED_KEPT) {
            missed.removeLast();
        }
        LOG.infof("a request for a person was missed (nobody available): session %s", conversation.id());
        broadcast(frame);
    }

    /** A staff member comes online: they get what is waiting and what was missed. */
    synchronized void online(WebSocketConnection member) {
        staff.add(member);
        ObjectNode inbox = json.createObjectNode().put("type", "inbox");
        ArrayNode waitingNow = inbox.putArray("waiting");
        waiting.values().forEach(c -> waitingNow.add(conversationFrame("waiting", c)));
        ArrayNode missedNow = inbox.putArray("missed");
        missed.forEach(missedNow::add);
        send(member, inbox);
    }

    /**
     * A staff member leaves: conversations they held go back to the assistant; when nobody is left, so do the
     * waiting ones, which become missed requests (the visitor is not left waiting for nobody).
     */
    synchronized void offline(WebSocketConnection member) {
        staff.remove(member);
        holders.entrySet().removeIf(held -> {
            if (held.getValue().equals(member)) {
                handBack(held.getKey());
                return true;
            }
            return false;
        });
        if (staff.isEmpty()) {
            for (String session : java.util.List.copyOf(waiting.keySet())) {
                waiting.remove(session);
                handBack(session);
                assistant.get().conversation(session).ifPresent(this::missed);
            }
        }
    }

    synchronized void take(String session, String staffName, WebSocketConnection member) {
        assistant.get().take(session, staffName).ifPresentOrElse(conversation -> {
            waiting.remove(session);
            holders.put(session, member);
            send(member, conversationFrame("conversation", conversation));
            broadcast(json.createObjectNode().put("type", "taken").put("session", session).put("by", staffName));
            toVisitor(session, json.createObjectNode().put("type", "staff-joined"));
        }, () -> send(member, error("unknown_session", "No conversation " + session + " (it may have expired).")));
    }

    synchronized void reply(String session, String text, WebSocketConnection member) {
        if (!member.equals(holders.get(session))) {
            send(member, error("not_yours", "Take conversation " + session + " before replying in it."));
            return;
        }
        assistant.get().reply(session, text);
        toVisitor(session, json.createObjectNode().put("type", "staff").put("text", text));
    }

    synchronized void handBack(String session, WebSocketConnection member) {
        if (!member.equals(holders.get(session))) {
            send(member, error("not_yours", "Only the staff member who took " + session + " can hand it back."));
            return;
        }
        holders.remove(session);
        handBack(session);
    }

    private void handBack(String session) {
        assistant.get().handBack(session);
        toVisitor(session, json.createObjectNode().put("type", "handback"));
    }

    /** A visitor wrote while a person handles the conversation: recorded, and shown to staff. */
    public synchronized void visitorMessage(String session, Question question) {
        Conversation conversation = assistant.get().forward(session, question);
        ObjectNode frame = json.createObjectNode().put("type", "visitor").put("session", session)
                .put("text", question.text());
        WebSocketConnection holder = holders.get(session);
        if (holder != null) {
            send(holder, frame);
        } else {
            waiting.put(session, conversation);
            broadcast(frame);
        }
    }

    private ObjectNode conversationFrame(String type, Conversation conversation) {
        ObjectNode frame = json.createObjectNode().put("type", type).put("session", conversation.id())
                .put("handling", conversation.handling().code());
        ArrayNode turns = frame.putArray("turns");
        for (Turn turn : conversation.turns()) {
            ObjectNode t = turns.addObject().put("at", turn.at().toString()).put("kind", turn.kind().code());
            if (turn.question() != null) {
                t.put("visitor", turn.question());
            }
            if (turn.reply() != null) {
                t.put("staff", turn.reply());
            }
            if (turn.entryId() != null) {
                t.put("entry", turn.entryId());
            }
        }
        return frame;
    }

    private ObjectNode error(String code, String message) {
        return json.createObjectNode().put("type", "error").put("code", code).put("message", message);
    }

    private void broadcast(ObjectNode frame) {
        staff.forEach(member -> send(member, frame));
    }

    private void toVisitor(String session, ObjectNode frame) {
        for (WebSocketConnection connection : connections) {
            if (session.equals(connection.userData().get(VISITOR_SESSION)) && !staff.contains(connection)) {
                send(connection, frame);
            }
        }
    }

    private void send(WebSocketConnection connection, ObjectNode frame) {
        if (connection.isOpen()) {
            connection.sendText(frame.toString()).subscribe().with(ok -> { },
                    failure -> LOG.debugf("a frame to a closing connection was dropped: %s", failure.getMessage()));
        }
    }
}
