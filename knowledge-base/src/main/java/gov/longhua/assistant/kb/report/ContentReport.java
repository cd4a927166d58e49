package gov.longhua.assistant.kb.report;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.guide.GuideStage;
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
 * @param tiers the district, street and community tiers with their counts and status
 * @param entriesPerGuideStage for every stage of every guide, how many entries serve it
 * @param unservedStages guide stages no catalogue item or FAQ entry serves
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
        Map<String, String> tiers,
        Map<String, Integer> entriesPerGuideStage,
        int glossaryTerms,
        List<String> unservedStages,
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
        Map<String, String> tiers = new LinkedHashMap<>();
        tiers.put("district", kb.reference().district().name().en() + " (" + kb.reference().district().status().code() + ")");
        tiers.put("streets", kb.reference().streets().size() + " (confirmed)");
        tiers.put("communities", kb.reference().district().communityCount() + " (count confirmed; list "
                + kb.reference().district().communityListStatus().code() + ", "
                + kb.reference().district().communities().size() + " named)");
        Map<String, Integer> perGuideStage = new LinkedHashMap<>();
        List<String> unserved = new ArrayList<>();
        for (Guide guide : kb.guides()) {
            for (GuideStage stage : guide.stages()) {
                int serving = kb.entriesServing(stage.nationalStage()).size();
                perGuideStage.put(guide.id() + " / " + stage.id(), serving);
                if (serving == 0) {
                    unserved.add(guide.id() + " / " + stage.id());
                }
            }
        }
        return new ContentReport(kb.items().size(), kb.faqs().size(), perDomain, perTier, perStage, perLanguage,
                perStatus, tiers, perGuideStage, kb.glossary().size(), unserved, gaps);
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
        out.append("\nTiers:\n");
        tiers.forEach((tier, value) -> out.append(String.format("  %-52s %s%n", tier, value)));
        section(out, "Entries serving each guide stage", entriesPerGuideStage);
        out.append("\nGlossary terms: ").append(glossaryTerms).append('\n');
        out.append("Guide stages no entry serves: ").append(unservedStages.isEmpty() ? "none" : unservedStages).append('\n');
        out.append("\nGaps (missing language, source or as-of date): ").append(gaps.isEmpty() ? "none\n" : "\n");
        gaps.forEach(gap -> out.append("  ").append(gap).append('\n'));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Integer> counts) {
        out.append('\n').append(title).append(":\n");
        counts.forEach((key, count) -> out.append(String.format("  %-52s %5d%n", key, count)));
    }
}
