package gov.longhua.assistant.channels.ws;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The asks of one connection whose answers are still being computed. An answer is sent only if its ask was
 * not cancelled meanwhile; sending and cancelling take the same lock, so once a {@code cancelled} frame has
 * gone out no answer to that ask follows it.
 */
final class InFlight {

    private final Set<String> pending = new HashSet<>();

    synchronized void start(String id) {
        pending.add(id);
    }

    /** Sends the answer if its ask is still pending. */
    synchronized void finish(String id, String answerFrame, Consumer<String> send) {
        if (pending.remove(id)) {
            send.accept(answerFrame);
        }
    }

    /** Forgets the ask, if pending, and confirms the cancel. */
    synchronized void cancel(String id, String cancelledFrame, Consumer<String> send) {
        pending.remove(id);
        send.accept(cancelledFrame);
    }
}
