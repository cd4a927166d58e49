package gov.longhua.assistant.channels.ws;

import java.util.Optional;

/** The front ends that reach the assistant, each on {@code /ws/<path>}. */
public enum Channel {
    /** The website chat widget. */
    WEB("web", false),
    /** The self-service kiosks in the service hall. */
    KIOSK("kiosk", false),
    /** The hall service robot, whose voice front end speaks {@code speech}. */
    ROBOT("robot", true);

    private final String path;
    private final boolean speaks;

    Channel(String path, boolean speaks) {
        this.path = path;
        this.speaks = speaks;
    }

    public String path() {
        return path;
    }

    /** Whether answers on this channel carry the text to speak. */
    public boolean speaks() {
        return speaks;
    }

    public static Optional<Channel> fromPath(String path) {
        for (Channel channel : values()) {
            if (channel.path.equals(path)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
