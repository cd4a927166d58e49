package gov.longhua.assistant.kb.curation;

import gov.longhua.assistant.kb.Lang;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which entries need translating: those whose text in one language was changed in a later release than the
 * other language's text was last changed. Entries never changed through releases are taken as translated.
 */
public final class TranslationStatus {

    private final Map<String, Map<Lang, Integer>> lastChanged = new HashMap<>();

    public TranslationStatus(List<Release> releases) {
        for (Release release : releases) {
            for (Change change : release.changes()) {
                if (change.after() == null) {
                    lastChanged.remove(change.entryId());
                    continue;
                }
                Map<Lang, Integer> langs = lastChanged.computeIfAbsent(change.entryId(), id -> new HashMap<>());
                for (Lang lang : Lang.values()) {
                    if (change.before() == null || !EntryDiff.texts(change.before(), lang)
                            .equals(EntryDiff.texts(change.after(), lang))) {
                        langs.put(lang, release.number());
                    }
                }
            }
        }
    }

    /** The language whose text is older than the entry's latest change, if one is. */
    public Optional<Lang> behind(String entryId) {
        Map<Lang, Integer> langs = lastChanged.getOrDefault(entryId, Map.of());
        int zh = langs.getOrDefault(Lang.ZH, 0);
        int en = langs.getOrDefault(Lang.EN, 0);
        return zh == en ? Optional.empty() : Optional.of(zh < en ? Lang.ZH : Lang.EN);
    }
}
