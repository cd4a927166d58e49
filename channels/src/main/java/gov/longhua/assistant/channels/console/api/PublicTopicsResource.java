package gov.longhua.assistant.channels.console.api;

import gov.longhua.assistant.channels.console.HotTopics;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The hot topics staff pinned, for the widget and the kiosk to suggest; public, read-only. */
@Path("/api/hot-topics")
public class PublicTopicsResource {

    private final HotTopics topics;

    PublicTopicsResource(HotTopics topics) {
        this.topics = topics;
    }

    @GET
    public List<HotTopics.Topic> topics() {
        return topics.all();
    }
}
