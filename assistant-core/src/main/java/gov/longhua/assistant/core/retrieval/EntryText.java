package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.reference.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What of an entry is searched, in one language: the ways people ask for it, and the body that answers.
 * FAQ entries are asked by their title and question variants; catalogue items by their domain, item names and
 * what they disclose.
 *
 * @param questions texts matched against questions, the strongest evidence
 * @param body the answer or the item's content, weaker evidence
 */
public record EntryText(String entryId, Lang lang, List<String> questions, String body) {

    public static List<EntryText> of(KnowledgeBase kb, Lang lang) {
        List<EntryText> texts = new ArrayList<>();
        kb.items().forEach(item -> texts.add(of(kb, item, lang)));
        kb.faqs().forEach(faq -> texts.add(of(kb, faq, lang)));
        return texts;
    }

    /** What of one entry of the knowledge base is searched in one language. */
    public static EntryText of(KnowledgeBase kb, Entry entry, Lang lang) {
        if (entry instanceof FaqEntry faq) {
            List<String> asked = new ArrayList<>();
            asked.add(faq.title().in(lang));
            asked.addAll(faq.questions().in(lang));
            return new EntryText(faq.id(), lang, asked, faq.answer().in(lang));
        }
        CatalogueItem item = (CatalogueItem) entry;
        String domain = kb.reference().domains().stream()
                .filter(d -> d.id().equals(item.domain()))
                .map(d -> d.name().in(lang))
                .findFirst().orElse("");
        String title = item.title().in(lang);
        String content = item.content().stream().map(c -> lang == Lang.ZH ? c.zh() : c.en())
                .collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
        List<String> asked = new ArrayList<>();
        asked.add(domain + " " + title);
        asked.add(item.itemLevels().get(item.itemLevels().size() - 1).in(lang));
        asked.add(title + (lang == Lang.ZH ? "：" : ": ") + content);
        String body = String.join(" ",
                item.body().in(lang),
                item.basis().stream().map(b -> b.in(lang)).collect(Collectors.joining(" ")),
                aliases(kb, item.domain()));
        return new EntryText(item.id(), lang, asked, body);
    }

    private static String aliases(KnowledgeBase kb, String domainId) {
        return kb.reference().domains().stream().filter(d -> d.id().equals(domainId))
                .map(Domain::aliases).flatMap(List::stream).collect(Collectors.joining(" "));
    }
}
