package gov.longhua.assistant.kb.load;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A knowledge base with some entries replaced, added or removed, checked as the loader checks files (unique
 * ids, every id an entry names exists) before it is returned; the published one is never touched.
 */
public final class KnowledgeBaseEditor {

    private KnowledgeBaseEditor() {
    }

    /**
     * @param changes entry id → the new entry, or empty to remove it
     * @param origin how a problem names the changed entries, e.g. {@code the drafts to publish}
     * @throws KnowledgeBaseException listing every problem; nothing is changed
     */
    public static KnowledgeBase revise(KnowledgeBase base, Map<String, Optional<Entry>> changes, String origin) {
        Map<String, Optional<Sourced<Entry>>> sourced = new LinkedHashMap<>();
        changes.forEach((id, change) -> sourced.put(id, change.map(entry -> new Sourced<>(origin, entry))));
        return reviseSourced(base, sourced);
    }

    /**
     * As {@link #revise}, each changed entry with its own origin (e.g. the sheet and row it was read from), so
     * that a problem names where to fix it.
     */
    public static KnowledgeBase reviseSourced(KnowledgeBase base, Map<String, Optional<Sourced<Entry>>> changes) {
        Map<String, Sourced<CatalogueItem>> items = new LinkedHashMap<>();
        Map<String, Sourced<FaqEntry>> faqs = new LinkedHashMap<>();
        base.items().forEach(item -> items.put(item.id(), new Sourced<>("the published catalogue", item)));
        base.faqs().forEach(faq -> faqs.put(faq.id(), new Sourced<>("the published FAQ", faq)));
        List<Sourced<CatalogueItem>> extraItems = new ArrayList<>();
        List<Sourced<FaqEntry>> extraFaqs = new ArrayList<>();
        changes.forEach((id, change) -> {
            items.remove(id);
            faqs.remove(id);
        });
        changes.forEach((id, change) -> change.ifPresent(entry -> {
            if (entry.value() instanceof CatalogueItem item) {
                putBack(base.items().stream().map(CatalogueItem::id).toList(), id, item, items, extraItems, entry.origin());
            } else {
                putBack(base.faqs().stream().map(FaqEntry::id).toList(), id, (FaqEntry) entry.value(), faqs, extraFaqs,
                        entry.origin());
            }
        }));
        List<Sourced<CatalogueItem>> itemList = ordered(base.items().stream().map(CatalogueItem::id).toList(), items, extraItems);
        List<Sourced<FaqEntry>> faqList = ordered(base.faqs().stream().map(FaqEntry::id).toList(), faqs, extraFaqs);
        List<Problem> problems = new ArrayList<>();
        new KnowledgeBaseValidator(base.reference(), "reference.yaml").validate(itemList, faqList, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new KnowledgeBase(base.reference(), itemList.stream().map(Sourced::value).toList(),
                faqList.stream().map(Sourced::value).toList(), base.guides(), base.glossary(), base.calendar(),
                base.scope());
    }

    private static <T> void putBack(List<String> baseOrder, String id, T value, Map<String, Sourced<T>> kept,
            List<Sourced<T>> extra, String origin) {
        Sourced<T> sourced = new Sourced<>(origin, value);
        if (baseOrder.contains(id)) {
            kept.put(id, sourced);
        } else {
            extra.add(sourced);
        }
    }

    /** Entries keep their place in the published order; new ones come last, in the order given. */
    private static <T> List<Sourced<T>> ordered(List<String> baseOrder, Map<String, Sourced<T>> kept,
            List<Sourced<T>> extra) {
        List<Sourced<T>> list = new ArrayList<>();
        baseOrder.stream().filter(kept::containsKey).forEach(id -> list.add(kept.get(id)));
        list.addAll(extra);
        return list;
    }
}
