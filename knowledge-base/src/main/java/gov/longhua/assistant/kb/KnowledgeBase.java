package gov.longhua.assistant.kb;

import gov.longhua.assistant.kb.calendar.WorkingCalendar;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.glossary.Term;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.reference.Source;
import gov.longhua.assistant.kb.scope.ScopeRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable, validated knowledge base: catalogue items, FAQ entries, life-cycle guides, the glossary, the
 * working-day calendar, the rules of what the assistant declines, and the registers they refer to.
 */
public final class KnowledgeBase {

    private final ReferenceData reference;
    private final List<CatalogueItem> items;
    private final List<FaqEntry> faqs;
    private final List<Guide> guides;
    private final List<Term> glossary;
    private final WorkingCalendar calendar;
    private final List<ScopeRule> scope;
    private final Map<String, Entry> entries;
    private final Map<String, Source> sources;

    /** Use {@code KnowledgeBaseLoader}, which validates, to build one from files. */
    public KnowledgeBase(ReferenceData reference, List<CatalogueItem> items, List<FaqEntry> faqs,
            List<Guide> guides, List<Term> glossary, WorkingCalendar calendar, List<ScopeRule> scope) {
        this.reference = reference;
        this.items = List.copyOf(items);
        this.faqs = List.copyOf(faqs);
        this.guides = List.copyOf(guides);
        this.glossary = List.copyOf(glossary);
        this.calendar = calendar;
        this.scope = List.copyOf(scope);
        Map<String, Entry> byId = new LinkedHashMap<>();
        this.items.forEach(item -> byId.put(item.id(), item));
        this.faqs.forEach(faq -> byId.put(faq.id(), faq));
        this.entries = Collections.unmodifiableMap(byId);
        this.sources = reference.sources().stream()
                .collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));
    }

    public ReferenceData reference() {
        return reference;
    }

    public List<CatalogueItem> items() {
        return items;
    }

    public List<FaqEntry> faqs() {
        return faqs;
    }

    public List<Guide> guides() {
        return guides;
    }

    public List<Term> glossary() {
        return glossary;
    }

    /** The official working-day calendar for deadline arithmetic. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** What the assistant declines to answer. */
    public List<ScopeRule> scope() {
        return scope;
    }

    /** The catalogue items and FAQ entries that serve a national life-cycle stage. */
    public List<Entry> entriesServing(String nationalStage) {
        List<Entry> serving = new ArrayList<>();
        items.stream().filter(item -> item.stages().contains(nationalStage)).forEach(serving::add);
        faqs.stream().filter(faq -> faq.stages().contains(nationalStage)).forEach(serving::add);
        return serving;
    }

    /** Every answerable entry, catalogue items first, in file order. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Sources as a citation shows them, e.g. {@code S21 GitHub LawRefBook/Laws …; S22 www…}. */
    public String sourceLabel(List<String> sourceIds) {
        return sourceIds.stream()
                .map(id -> source(id).map(Source::label).orElse(id))
                .collect(Collectors.joining("; "));
    }
}
