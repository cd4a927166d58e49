package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.reference.OfficialChannel;

/** How answers cite what they rest on: id, title, sources, as-of date and status, in the asker's language. */
final class Citations {

    private final KnowledgeBase kb;

    Citations(KnowledgeBase kb) {
        this.kb = kb;
    }

    Citation of(Entry entry, Lang lang) {
        return new Citation(entry.id(), entry.title().in(lang), kb.sourceLabel(entry.sources()),
                entry.asOf().toString(), entry.status());
    }

    Citation of(Guide guide, Lang lang) {
        return new Citation(guide.id(), guide.name().in(lang), kb.sourceLabel(guide.sources()),
                guide.asOf().toString(), guide.status());
    }

    Citation of(OfficialChannel official, Lang lang) {
        return new Citation(official.id(), official.text().in(lang), kb.sourceLabel(official.sources()),
                official.asOf().toString(), official.status());
    }
}
