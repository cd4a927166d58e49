package gov.longhua.assistant.kb.curation;

import gov.longhua.assistant.kb.Lang;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries need translating. A release that changes an entry's texts in one language only leaves the
 * other language behind; a later change of that language (its translation) catches it up, and so does going
 * back to a pair of texts that were in step before (a rollback). Entries never changed are taken as translated.
 */
public final class TranslationStatus {

    private final Map<String, Lang> behind = new HashMap<>();

    public TranslationStatus(List<Release> releases) {
        Map<String, Set<String>> inStep = new HashMap<>();
        for (Release release : releases) {
            for (Change change : release.changes()) {
                String id = change.entryId();
                if (change.after() == null) {
                    behind.remove(id);
                    inStep.remove(id);
                    continue;
                }
                Set<String> pairs = inStep.computeIfAbsent(id, k -> new HashSet<>());
                if (change.before() != null && !behind.containsKey(id)) {
                    pairs.add(pair(change.before()));
                }
                boolean zh = change.before() == null || changed(change, Lang.ZH);
                boolean en = change.before() == null || changed(change, Lang.EN);
                Lang was = behind.get(id);
                Lang now = was;
                if (zh && en) {
                    now = null;
                } else if (zh) {
                    now = was == Lang.ZH ? null : Lang.EN;
                } else if (en) {
                    now = was == Lang.EN ? null : Lang.ZH;
                }
                if (pairs.contains(pair(change.after()))) {
                    now = null;
                }
                if (now == null) {
                    behind.remove(id);
                    pairs.add(pair(change.after()));
                } else {
                    behind.put(id, now);
                }
            }
        }
    }

    /** The language whose text is older than the entry's latest change, if one is. */
    public Optional<Lang> behind(String entryId) {
        return Optional.ofNullable(behind.get(entryId));
    }

    private static boolean changed(Change change, Lang lang) {
        return !EntryDiff.texts(change.before(), lang).equals(EntryDiff.texts(change.after(), lang));
    }

    private static String pair(com.fasterxml.jackson.databind.JsonNode entry) {
        return EntryDiff.texts(entry, Lang.ZH) + '\u0000' + EntryDiff.texts(entry, Lang.EN);
    }
}
