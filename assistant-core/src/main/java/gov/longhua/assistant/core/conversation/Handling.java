package gov.longhua.assistant.core.conversation;

import gov.longhua.assistant.kb.Coded;

/** Who answers a conversation: the assistant, or a person (requested and waiting, or taken by staff). */
public enum Handling implements Coded {
    /** The assistant answers. */
    ASSISTANT,
    /** The visitor asked for a person; the staff inbox has it and the assistant stays silent. */
    WAITING,
    /** A staff member has taken it; the assistant stays silent until it is handed back. */
    STAFF
}
