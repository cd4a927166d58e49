package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.catalogue.DisclosureLevel;
import gov.longhua.assistant.kb.catalogue.DisclosureMode;
import gov.longhua.assistant.kb.reference.Street;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sentences that answer a question about particular fields of a catalogue item (who publishes it, how
 * soon, where, how, at what level) and, when the question names a street, what the item's disclosure levels
 * mean for that street. Every sentence is made of the item's fields and the assistant's own fixed wording.
 */
final class FieldAnswers {

    private final KnowledgeBase kb;
    private final Messages messages;
    private final CardComposer cards;

    FieldAnswers(KnowledgeBase kb, Messages messages, CardComposer cards) {
        this.kb = kb;
        this.messages = messages;
        this.cards = cards;
    }

    /** The lead sentences, one per field asked about, then the street's, if one is named. */
    List<String> sentences(CatalogueItem item, Set<CatalogueField> fields, Street street, Lang lang) {
        CatalogueCard card = cards.card(item, lang);
        String title = card.title();
        String separator = messages.get(lang, "list.separator");
        List<String> sentences = new ArrayList<>();
        for (CatalogueField field : fields) {
            sentences.add(switch (field) {
                case BODY -> messages.format(lang, "field.body", title, card.body());
                case TIME_LIMIT -> messages.format(lang, "field.timeLimit", title, card.timeLimit());
                case CHANNELS -> messages.format(lang, "field.channels", title, String.join(separator, card.channels()));
                case MODE -> item.mode() == DisclosureMode.PROACTIVE
                        ? messages.format(lang, "field.mode.proactive", title)
                        : messages.format(lang, "field.mode.on-application", title, card.body());
                case LEVEL -> messages.format(lang, "field.level", title, levels(item, lang));
                case CONTENT -> messages.format(lang, "field.content", title, String.join(separator, card.content()));
                case BASIS -> messages.format(lang, "field.basis", title, String.join(separator, card.basis()));
                case AUDIENCE -> messages.format(lang, "field.audience", title, card.audience());
            });
        }
        if (street != null) {
            String name = street.name().in(lang);
            sentences.add(item.disclosureLevels().contains(DisclosureLevel.TOWNSHIP)
                    ? messages.format(lang, "field.street.disclosed", name, levels(item, lang))
                    : messages.format(lang, "field.street.districtOnly", name, levels(item, lang)));
        }
        return sentences;
    }

    private String levels(CatalogueItem item, Lang lang) {
        return item.disclosureLevels().stream().map(level -> messages.get(lang, "level." + level.code()))
                .collect(Collectors.joining(messages.get(lang, "list.and")));
    }
}
