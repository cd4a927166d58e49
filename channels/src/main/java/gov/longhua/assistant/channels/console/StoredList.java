package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.core.type.TypeReference;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list kept as one document of the staff storage (accounts, drafts, suites, hot topics): read whole, and
 * changed only under the document's lock, so that two instances never overwrite each other's change.
 */
final class StoredList<T> {

    private final StaffStorage storage;
    private final Json json;
    private final String document;
    private final TypeReference<List<T>> type;

    StoredList(StaffStorage storage, Json json, String document, TypeReference<List<T>> type) {
        this.storage = storage;
        this.json = json;
        this.document = document;
        this.type = type;
    }

    List<T> all() {
        return storage.read(document).map(text -> json.read(text, type)).orElse(List.of());
    }

    /**
     * Stores the list whole, for a caller that already holds a lock covering every change to this document (the
     * editorial workflow changes drafts and releases together under one lock).
     */
    void replace(List<T> list) {
        storage.write(document, json.write(list));
    }

    /**
     * Changes the list: {@code change} gets a modifiable copy of it, changes that, and returns what the caller
     * wants back; the copy is then stored. A change that throws stores nothing.
     */
    <R> R update(Function<List<T>, R> change) {
        return storage.exclusively(document, () -> {
            List<T> list = new ArrayList<>(all());
            R result = change.apply(list);
            storage.write(document, json.write(list));
            return result;
        });
    }
}
