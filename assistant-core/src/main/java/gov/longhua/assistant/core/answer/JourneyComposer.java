package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.guide.GuideStage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A step of a life-cycle journey: the guide's stages in order, the stage the visitor is at, and what can be
 * done or looked up in it, as options (curated answers first), with the next stage as the last option. Every
 * word comes from the guide, its entries, or the assistant's fixed wording.
 */
final class JourneyComposer {

    /** Option ids that name a stage rather than an entry: {@code stage:<guide id>/<stage id>}. */
    static final String STAGE = "stage:";
    /** The most entries offered for one stage; a voice visitor cannot hold more. */
    static final int MAX_ENTRIES = 5;

    private final KnowledgeBase kb;
    private final Messages messages;
    private final Citations citations;

    JourneyComposer(KnowledgeBase kb, Messages messages, Citations citations) {
        this.kb = kb;
        this.messages = messages;
        this.citations = citations;
    }

    Answer step(Guide guide, GuideStage stage, Lang lang) {
        List<Entry> entries = new ArrayList<>(kb.entriesServing(stage.nationalStage()));
        entries.sort(Comparator.comparing(entry -> entry instanceof FaqEntry ? 0 : 1));
        List<AnswerOption> options = new ArrayList<>();
        entries.stream().limit(MAX_ENTRIES).forEach(entry -> options.add(new AnswerOption(entry.id(), entry.title().in(lang))));
        int at = guide.stages().indexOf(stage);
        if (at + 1 < guide.stages().size()) {
            GuideStage next = guide.stages().get(at + 1);
            options.add(new AnswerOption(STAGE + guide.id() + "/" + next.id(),
                    messages.format(lang, "journey.next", next.name().in(lang))));
        }
        String separator = lang == Lang.ZH ? "、" : ", ";
        StringBuilder text = new StringBuilder(messages.format(lang, "journey.stages", guide.name().in(lang),
                guide.stages().size(), guide.stages().stream().map(s -> s.name().in(lang))
                        .collect(Collectors.joining(separator))));
        text.append('\n').append(messages.format(lang, "journey.stage", stage.name().in(lang)));
        for (int i = 0; i < options.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(options.get(i).label());
        }
        String speech = Speech.of(messages.format(lang, "journey.stage", stage.name().in(lang)), lang) + " "
                + OptionSpeech.read(messages, "speech.journey", options, lang);
        List<Citation> cited = new ArrayList<>();
        cited.add(citations.of(guide, lang));
        entries.stream().limit(MAX_ENTRIES).forEach(entry -> cited.add(citations.of(entry, lang)));
        return new Answer(AnswerKind.GUIDE, lang, text.toString(), speech.strip(), cited, options, null, null, 0);
    }
}
