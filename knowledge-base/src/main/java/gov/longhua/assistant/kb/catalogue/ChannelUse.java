package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Checks;

/** A channel an item is published through: ■ mandatory ({@code required: true}) or □ optional. */
public record ChannelUse(String id, boolean required) {

    public ChannelUse {
        id = Checks.text("id", id);
    }
}
