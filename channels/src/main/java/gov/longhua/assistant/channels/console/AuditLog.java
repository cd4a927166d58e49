package gov.longhua.assistant.channels.console;

import gov.longhua.assistant.channels.console.store.StaffStorage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The append-only record of what staff did: who, what, to what, when. Nothing removes or rewrites a record;
 * the console only reads it.
 */
public final class AuditLog {

    static final String LOG = "audit";

    /**
     * One action.
     *
     * @param action e.g. {@code draft-saved}, {@code published}, {@code rolled-back}, {@code account-saved}
     * @param subject what it was done to: an entry id, a release number, an account
     */
    public record Event(Instant at, String actor, String action, String subject, String detail) {
    }

    private final StaffStorage storage;
    private final Json json;
    private final Clock clock;

    AuditLog(StaffStorage storage, Json json, Clock clock) {
        this.storage = storage;
        this.json = json;
        this.clock = clock;
    }

    public void record(String actor, String action, String subject, String detail) {
        storage.append(LOG, json.write(new Event(clock.instant(), actor, action, subject, detail)));
    }

    /** The newest {@code limit} events, newest first. */
    public List<Event> latest(int limit) {
        long size = storage.size(LOG);
        List<Event> events = new java.util.ArrayList<>(storage.log(LOG, Math.max(0, size - limit)).stream()
                .map(text -> json.read(text, Event.class)).toList());
        java.util.Collections.reverse(events);
        return events;
    }
}
