package gov.longhua.assistant.core.conversation;

import gov.longhua.assistant.kb.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation: its id (the session id on the wire) and its most recent turns, oldest first.
 *
 * @param lastActive when a turn was last added or the conversation was resumed
 */
public record Conversation(String id, List<Turn> turns, Instant lastActive) {

    /** How many turns a conversation keeps; older ones are dropped. */
    public static final int MAX_TURNS = 20;

    public Conversation {
        id = Checks.text("id", id);
        turns = List.copyOf(turns);
        Checks.present("lastActive", lastActive);
    }

    public static Conversation start(String id, Instant now) {
        return new Conversation(id, List.of(), now);
    }

    public Conversation with(Turn turn) {
        List<Turn> kept = new ArrayList<>(turns);
        kept.add(turn);
        if (kept.size() > MAX_TURNS) {
            kept = kept.subList(kept.size() - MAX_TURNS, kept.size());
        }
        return new Conversation(id, kept, turn.at());
    }

    public Conversation touchedAt(Instant now) {
        return new Conversation(id, turns, now);
    }
}
