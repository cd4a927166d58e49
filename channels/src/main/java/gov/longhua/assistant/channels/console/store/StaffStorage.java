package gov.longhua.assistant.channels.console.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the staff console keeps: named JSON documents (replaced whole) and append-only logs of JSON records.
 * Implementations make a write all-or-nothing, and {@link #exclusively} serialises changes across every
 * instance that shares the storage.
 */
public interface StaffStorage {

    Optional<String> read(String document);

    /** Replaces a document whole; a reader sees the old or the new one, never a mix. */
    void write(String document, String json);

    /** Appends one record to a log; returns how many records the log holds now. */
    long append(String log, String json);

    /** The records of a log from a position (0 is the first), in order. */
    List<String> log(String log, long from);

    /**
     * Removes the oldest {@code count} records of a log (the question log's retention); positions of the records
     * kept shift down by {@code count}. Callers serialise it with {@link #exclusively}.
     */
    void dropFirst(String log, long count);

    /** How many records a log holds. */
    long size(String log);

    /** Runs an action while no other instance (or thread) runs one under the same name. */
    <T> T exclusively(String name, Supplier<T> action);

    /** Where the data lives, for the operators' log. */
    String describe();
}
