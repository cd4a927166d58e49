package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.guide.GuideStage;
import gov.longhua.assistant.kb.reference.OfficialChannel;
import gov.longhua.assistant.kb.reference.Street;
import gov.longhua.assistant.kb.scope.Refusal;
import gov.longhua.assistant.kb.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Composes answers from entries, never from anything else: a curated FAQ answer verbatim, a catalogue item
 * from its fields, or the fallback that points to the official channel. Every answer carries its citations.
 */
public final class AnswerComposer {

    /** Art. 33: the reply limit in working days, and the most an extension may add. */
    private static final int REPLY_DAYS = 20;

    private final KnowledgeBase kb;
    private final Messages messages;
    private final CardComposer cards;
    private final FieldAnswers fields;
    private final Citations citations;
    private final JourneyComposer journeys;

    public AnswerComposer(KnowledgeBase kb, Messages messages) {
        this.kb = kb;
        this.messages = messages;
        this.cards = new CardComposer(kb, messages);
        this.fields = new FieldAnswers(kb, messages, cards);
        this.citations = new Citations(kb);
        this.journeys = new JourneyComposer(kb, messages, citations);
    }

    /**
     * A step of a life-cycle journey: the guide's stages, the stage the visitor is at, and its entries and the
     * next stage as options.
     */
    public Answer journey(Guide guide, GuideStage stage, Lang lang) {
        return journeys.step(guide, stage, lang);
    }

    /** The answer an entry gives, in the asker's language. */
    public Answer answer(Entry entry, Lang lang, double confidence) {
        if (entry instanceof FaqEntry faq) {
            String text = faq.answer().in(lang);
            List<Citation> cited = new ArrayList<>();
            cited.add(citations.of(faq, lang));
            faq.cites().items().forEach(id -> kb.entry(id).ifPresent(item -> cited.add(citations.of(item, lang))));
            return new Answer(AnswerKind.FAQ, lang, text, Speech.of(text, lang), cited, List.of(), null,
                    faq.id(), confidence);
        }
        CatalogueItem item = (CatalogueItem) entry;
        CatalogueCard card = cards.card(item, lang);
        return new Answer(AnswerKind.CATALOGUE, lang, cards.text(card, lang), cards.speech(item, lang),
                List.of(citations.of(item, lang)), List.of(), card, item.id(), confidence);
    }

    /**
     * A catalogue item answered for the fields a question asks about (and the street it names, if any): those
     * sentences first, then the whole card. The robot speaks only the sentences.
     */
    public Answer fieldAnswer(CatalogueItem item, Set<CatalogueField> asked, Street street, Lang lang,
            double confidence) {
        List<String> sentences = fields.sentences(item, asked, street, lang);
        if (sentences.isEmpty()) {
            return answer(item, lang, confidence);
        }
        CatalogueCard card = cards.card(item, lang);
        String lead = String.join("\n", sentences);
        return new Answer(AnswerKind.CATALOGUE, lang, lead + "\n\n" + cards.text(card, lang),
                Speech.of(String.join(lang == Lang.ZH ? "" : " ", sentences), lang), List.of(citations.of(item, lang)), List.of(),
                card, item.id(), confidence);
    }

    /**
     * The reply deadline of an OGI application received on a given day (Art. 33: 20 working days, at most
     * 20 more when extended), counted on the official calendar; when the count leaves the known years, says
     * so and gives the rule instead of a date.
     */
    public Answer deadline(LocalDate received, Lang lang) {
        WorkingCalendar calendar = kb.calendar();
        Optional<LocalDate> reply = calendar.addWorkingDays(received, REPLY_DAYS);
        Optional<LocalDate> extended = calendar.addWorkingDays(received, 2 * REPLY_DAYS);
        String text;
        if (reply.isEmpty()) {
            text = messages.format(lang, "deadline.unknown", date(received, lang), years(calendar));
        } else {
            text = messages.format(lang, "deadline.computed", date(received, lang), date(reply.get(), lang),
                    extended.map(day -> date(day, lang)).orElse(messages.get(lang, "deadline.extendedUnknown")));
        }
        List<Citation> cited = new ArrayList<>();
        for (String id : List.of("ogi.reply-time-limit", "ogi.receipt-date")) {
            kb.entry(id).ifPresent(entry -> cited.add(citations.of(entry, lang)));
        }
        return new Answer(AnswerKind.DEADLINE, lang, text, Speech.of(text, lang), cited, List.of(), null,
                "ogi.reply-time-limit", 1.0);
    }

    private static String date(LocalDate day, Lang lang) {
        return lang == Lang.ZH
                ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    private static String years(WorkingCalendar calendar) {
        return calendar.knownYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * A clarifying question: the question was too vague or matched several entries about equally; the asker
     * picks one of the offered entries (by number, id or label).
     */
    public Answer clarify(List<Entry> entries, Lang lang) {
        StringBuilder text = new StringBuilder(messages.get(lang, "clarify.prompt"));
        List<AnswerOption> options = new ArrayList<>();
        List<Citation> cited = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String label = entry.title().in(lang);
            options.add(new AnswerOption(entry.id(), label));
            cited.add(citations.of(entry, lang));
            text.append('\n').append(i + 1).append(". ").append(label);
        }
        return new Answer(AnswerKind.CLARIFY, lang, text.toString(), OptionSpeech.read(messages, "speech.clarify", options, lang), cited, options,
                null, null, 0);
    }

    /** Says plainly that there is no reliable answer, and where to ask instead. */
    public Answer fallback(Lang lang) {
        return pointToOfficialChannel(AnswerKind.FALLBACK, messages.get(lang, "fallback.notFound"), lang);
    }

    /** The reply to a request for a person: being connected, or nobody available now and the official channel. */
    public Answer handoff(boolean deskOpen, Lang lang) {
        if (deskOpen) {
            String text = messages.get(lang, "handoff.connecting");
            return new Answer(AnswerKind.HANDOFF, lang, text, Speech.of(text, lang), List.of(), List.of(), null, null, 0);
        }
        return pointToOfficialChannel(AnswerKind.HANDOFF, messages.get(lang, "handoff.closed"), lang);
    }

    /** The label of the option that asks for a person. */
    public String handoffOption(Lang lang) {
        return messages.get(lang, "handoff.option");
    }

    /** A fallback that also offers a person as its one option. */
    public Answer offeringHandoff(Answer fallback) {
        Lang lang = fallback.lang();
        List<AnswerOption> options = List.of(new AnswerOption("handoff", handoffOption(lang)));
        String text = fallback.text() + "\n" + messages.get(lang, "handoff.offer") + "\n1. " + handoffOption(lang);
        return new Answer(fallback.kind(), lang, text, Speech.of(text, lang), fallback.citations(), options,
                fallback.card(), fallback.entryId(), fallback.confidence());
    }

    /** Declines politely, saying why in general terms, and points to the official channel. */
    public Answer refuse(Refusal refusal, Lang lang) {
        return pointToOfficialChannel(AnswerKind.REFUSE, messages.get(lang, "refuse." + refusal.code()), lang);
    }

    private Answer pointToOfficialChannel(AnswerKind kind, String lead, Lang lang) {
        OfficialChannel official = kb.reference().officialChannel();
        String text = lead + "\n" + official.text().in(lang);
        Citation citation = citations.of(official, lang);
        return new Answer(kind, lang, text, Speech.of(text, lang), List.of(citation), List.of(), null, null, 0);
    }

    /** The question is in a language the assistant does not answer in: say so in both. */
    public Answer unsupportedLanguage() {
        String text = messages.get(Lang.EN, "language.unsupported");
        return new Answer(AnswerKind.FALLBACK, Lang.EN, text, Speech.of(text, Lang.EN), List.of(), List.of(), null, null, 0);
    }

}
