package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.catalogue.ChannelUse;
import gov.longhua.assistant.kb.reference.Channel;
import gov.longhua.assistant.kb.reference.Domain;
import java.util.List;
import java.util.stream.Collectors;

/** Lays a catalogue item out as a card, a short text and a spoken sentence, all from its fields. */
final class CardComposer {

    private final KnowledgeBase kb;
    private final Messages messages;

    CardComposer(KnowledgeBase kb, Messages messages) {
        this.kb = kb;
        this.messages = messages;
    }

    CatalogueCard card(CatalogueItem item, Lang lang) {
        return new CatalogueCard(
                item.title().in(lang),
                kb.reference().domains().stream().filter(d -> d.id().equals(item.domain()))
                        .map(Domain::name).map(name -> name.in(lang)).findFirst().orElse(item.domain()),
                item.content().stream().map(c -> lang == Lang.ZH ? c.zh() : c.en()).toList(),
                item.body().in(lang),
                item.timeLimit().text().in(lang),
                item.channels().stream().map(use -> channelName(use, lang) + " (" + messages.get(lang,
                        use.required() ? "channel.required" : "channel.optional") + ")").toList(),
                messages.get(lang, "mode." + item.mode().code()),
                messages.get(lang, "audience." + item.audience().code()),
                item.basis().stream().map(b -> b.in(lang)).toList());
    }

    String text(CatalogueCard card, Lang lang) {
        String separator = messages.get(lang, "list.separator");
        String colon = lang == Lang.ZH ? "：" : ": ";
        return String.join("\n",
                card.domain() + " · " + card.title(),
                messages.get(lang, "card.content") + colon + String.join(separator, card.content()),
                messages.get(lang, "card.body") + colon + card.body(),
                messages.get(lang, "card.timeLimit") + colon + card.timeLimit(),
                messages.get(lang, "card.channels") + colon + String.join(separator, card.channels()),
                messages.get(lang, "card.mode") + colon + card.mode() + separator
                        + messages.get(lang, "card.audience") + colon + card.audience(),
                messages.get(lang, "card.basis") + colon + String.join(separator, card.basis()));
    }

    String speech(CatalogueItem item, Lang lang) {
        String channels = item.channels().stream().map(use -> channelName(use, lang))
                .collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
        String title = item.itemLevels().get(item.itemLevels().size() - 1).in(lang);
        return Speech.of(messages.format(lang, "speech.catalogue", title, item.body().in(lang),
                messages.get(lang, "speech.catalogue.mode." + item.mode().code()),
                item.timeLimit().text().in(lang), channels), lang);
    }

    private String channelName(ChannelUse use, Lang lang) {
        List<Channel> channels = kb.reference().channels();
        return channels.stream().filter(c -> c.id().equals(use.id())).map(c -> c.name().in(lang))
                .findFirst().orElse(use.id());
    }
}
