package gov.longhua.assistant.channels.robot;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A listener for the JDK's WebSocket client that joins the parts of each text frame and hands every whole
 * frame to a consumer, in order; shared by the reference client and the tests' clients.
 */
public final class TextFrames implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();
    private final Consumer<String> frames;

    public TextFrames(Consumer<String> frames) {
        this.frames = frames;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.accept(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }
}
