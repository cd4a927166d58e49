package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Coded;

/** Which of Longhua's three catalogue tiers an item belongs to. */
public enum Tier implements Coded {
    DISTRICT,
    STREET,
    COMMUNITY;
}
