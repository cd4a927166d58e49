package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.reference.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** These texts without the given asked texts (the body stays). */
    public EntryText without(java.util.Collection<String> asked) {
        return new EntryText(entryId, lang, questions.stream().filter(q -> !asked.contains(q)).toList(), body);
    }

    public static List<EntryText> of(KnowledgeBase kb, Lang lang) {
        List<EntryText> texts = new ArrayList<>();
        kb.items().forEach(item -> texts.add(of(kb, item, lang)));
        kb.faqs().forEach(faq -> texts.add(of(kb, faq, lang)));
        return texts;
    }

    /** The id prefix of the record each domain has (its first-level items, basis and time limit). */
    private static final String DOMAIN_RECORD = "domain.";

    /**
     * What of one entry of the knowledge base is searched in one language: an FAQ entry's title and phrasings
     * with its answer; a catalogue item's names (with its domain, its last item level, its content) and, for a
     * domain's record, the two ways people ask what a domain publishes, with the item's body and basis.
     */
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
        if (item.id().startsWith(DOMAIN_RECORD)) {
            asked.addAll(domainQuestions(kb, item.domain(), domain, lang));
        }
        String body = String.join(" ",
                item.body().in(lang),
                item.basis().stream().map(b -> b.in(lang)).collect(Collectors.joining(" ")),
                aliases(kb, item.domain()));
        return new EntryText(item.id(), lang, asked, body);
    }

    /**
     * The ways people ask what a domain publishes, for its name and each alias written in the language (Han
     * aliases for Chinese, Latin ones for English): "what must the district publish about X", "is there a
     * disclosure catalogue for X", "X领域政府要公开哪些信息"…
     */
    private static List<String> domainQuestions(KnowledgeBase kb, String domainId, String domain, Lang lang) {
        List<String> names = new ArrayList<>();
        names.add(lang == Lang.ZH ? domain : domain.toLowerCase(Locale.ROOT));
        kb.reference().domains().stream().filter(d -> d.id().equals(domainId))
                .flatMap(d -> d.aliases().stream())
                .filter(alias -> alias.codePoints().anyMatch(Character::isIdeographic) == (lang == Lang.ZH))
                .forEach(names::add);
        List<String> asked = new ArrayList<>();
        for (String name : names) {
            if (lang == Lang.ZH) {
                asked.add(name + "领域政府要公开哪些信息");
                asked.add(name + "方面公开什么内容");
                asked.add(name + "有没有公开目录，在网上能查到什么");
            } else {
                asked.add("what must the district publish about " + name);
                asked.add("what information on " + name + " is made public");
                asked.add("what does the government put online about " + name
                        + ", is there a disclosure catalogue for it");
            }
        }
        return asked;
    }

    private static String aliases(KnowledgeBase kb, String domainId) {
        return kb.reference().domains().stream().filter(d -> d.id().equals(domainId))
                .map(Domain::aliases).flatMap(List::stream).collect(Collectors.joining(" "));
    }
}
