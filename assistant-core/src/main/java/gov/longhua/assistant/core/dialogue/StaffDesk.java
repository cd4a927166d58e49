package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.conversation.Conversation;
import java.time.Instant;

/**
 * Where a visitor who asks for a person is sent: the staff inbox, provided at the edge. The assistant asks it
 * whether a person can take a conversation now (office hours, someone online), and hands it over or reports
 * it missed, so that nothing the visitor wrote is lost.
 */
public interface StaffDesk {

    /** No staff desk: nobody is ever available (the core's default, and tests of the assistant alone). */
    StaffDesk CLOSED = new StaffDesk() {
        @Override
        public boolean open(Instant now) {
            return false;
        }

        @Override
        public void waiting(Conversation conversation) {
        }

        @Override
        public void missed(Conversation conversation) {
        }
    };

    /** Whether a person can take a conversation now: within office hours, with someone online. */
    boolean open(Instant now);

    /** A visitor asked for a person and the desk is open: the conversation waits in the inbox. */
    void waiting(Conversation conversation);

    /** A visitor asked for a person while the desk was closed: kept for staff to follow up. */
    void missed(Conversation conversation);
}
