package gov.longhua.assistant.kb;

import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;

/** The two kinds of answerable entry, as staff edit them. */
public enum EntryKind implements Coded {
    FAQ(FaqEntry.class),
    ITEM(CatalogueItem.class);

    private final Class<? extends Entry> type;

    EntryKind(Class<? extends Entry> type) {
        this.type = type;
    }

    public Class<? extends Entry> type() {
        return type;
    }

    public static EntryKind of(Entry entry) {
        return entry instanceof FaqEntry ? FAQ : ITEM;
    }
}
