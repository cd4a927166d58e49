package gov.longhua.assistant.core.conversation;

import gov.longhua.assistant.kb.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation: its id (the session id on the wire) and its most recent turns, oldest first.
 *
 * @param lastActive when a turn was last added or the conversation was resumed
 * @param handling who answers it; the assistant unless a person was asked for
 * @param staff the staff member who has taken it, while {@code handling} is {@link Handling#STAFF}
 */
public record Conversation(String id, List<Turn> turns, Instant lastActive, Handling handling, String staff) {

    /** How many turns a conversation keeps; older ones are dropped. */
    public static final int MAX_TURNS = 20;

    public Conversation {
        id = Checks.text("id", id);
        turns = List.copyOf(turns);
        Checks.present("lastActive", lastActive);
        handling = handling == null ? Handling.ASSISTANT : handling;
        staff = handling == Handling.STAFF ? staff : null;
    }

    public static Conversation start(String id, Instant now) {
        return new Conversation(id, List.of(), now, Handling.ASSISTANT, null);
    }

    /** The same conversation, now answered as said. */
    public Conversation handledBy(Handling next, String staffMember, Instant now) {
        return new Conversation(id, turns, now, next, staffMember);
    }

    public Conversation with(Turn turn) {
        List<Turn> kept = new ArrayList<>(turns);
        kept.add(turn);
        if (kept.size() > MAX_TURNS) {
            kept = kept.subList(kept.size() - MAX_TURNS, kept.size());
        }
        return new Conversation(id, kept, turn.at(), handling, staff);
    }

    public Conversation touchedAt(Instant now) {
        return new Conversation(id, turns, now, handling, staff);
    }
}
