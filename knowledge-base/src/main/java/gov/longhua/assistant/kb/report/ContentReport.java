package gov.longhua.assistant.kb.report;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.reference.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a knowledge base holds: counts per domain, tier, life-cycle stage, language and status, and every
 * entry that lacks a language, a source or an as-of date.
 *
 * @param gaps one line per missing language, source or as-of date; empty for a complete knowledge base
 */
public record ContentReport(
        int catalogueItems,
        int faqEntries,
        Map<String, Integer> itemsPerDomain,
        Map<String, Integer> itemsPerTier,
        Map<String, Integer> entriesPerStage,
        Map<String, Integer> entriesPerLanguage,
        Map<String, Integer> entriesPerStatus,
        List<String> gaps) {

    public static ContentReport of(KnowledgeBase kb) {
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        for (Domain domain : kb.reference().domains()) {
            perDomain.put(domain.id(), 0);
        }
        Map<String, Integer> perTier = new TreeMap<>();
        Map<String, Integer> perStage = new TreeMap<>();
        Map<String, Integer> perLanguage = new TreeMap<>();
        Map<String, Integer> perStatus = new TreeMap<>();
        List<String> gaps = new ArrayList<>();
        for (CatalogueItem item : kb.items()) {
            perDomain.merge(item.domain(), 1, Integer::sum);
            perTier.merge(item.tier().code(), 1, Integer::sum);
            item.stages().forEach(stage -> perStage.merge(stage, 1, Integer::sum));
        }
        for (FaqEntry faq : kb.faqs()) {
            faq.stages().forEach(stage -> perStage.merge(stage, 1, Integer::sum));
        }
        for (Entry entry : kb.entries()) {
            perStatus.merge(entry.status().code(), 1, Integer::sum);
            for (Lang lang : Lang.values()) {
                if (isBlank(entry.title().in(lang))) {
                    gaps.add(entry.id() + ": no " + lang.code() + " title");
                } else {
                    perLanguage.merge(lang.code(), 1, Integer::sum);
                }
            }
            if (entry.sources().isEmpty()) {
                gaps.add(entry.id() + ": no source");
            }
            if (entry.asOf() == null) {
                gaps.add(entry.id() + ": no as-of date");
            }
        }
        return new ContentReport(kb.items().size(), kb.faqs().size(), perDomain, perTier, perStage, perLanguage,
                perStatus, gaps);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The report as text for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Catalogue items: ").append(catalogueItems).append("\nFAQ entries: ").append(faqEntries).append('\n');
        section(out, "Items per domain", itemsPerDomain);
        section(out, "Items per tier", itemsPerTier);
        section(out, "Entries per life-cycle stage", entriesPerStage);
        section(out, "Entries per language", entriesPerLanguage);
        section(out, "Entries per status", entriesPerStatus);
        out.append("\nGaps (missing language, source or as-of date): ").append(gaps.isEmpty() ? "none\n" : "\n");
        gaps.forEach(gap -> out.append("  ").append(gap).append('\n'));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Integer> counts) {
        out.append('\n').append(title).append(":\n");
        counts.forEach((key, count) -> out.append(String.format("  %-36s %5d%n", key, count)));
    }
}
