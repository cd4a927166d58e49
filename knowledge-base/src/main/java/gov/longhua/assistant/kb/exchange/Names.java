package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.reference.Channel;
import gov.longhua.assistant.kb.reference.Domain;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.reference.Street;
import java.util.LinkedHashMap;
import java.util.Map;

/** Looks register entries up by id or by any of their names, Chinese or English, as sheets write them. */
final class Names {

    private final Map<String, String> domains = new LinkedHashMap<>();
    private final Map<String, String> streets = new LinkedHashMap<>();
    private final Map<String, String> channels = new LinkedHashMap<>();

    Names(ReferenceData reference) {
        for (Domain domain : reference.domains()) {
            put(domains, domain.id(), domain.id(), domain.name().zh(), domain.name().en());
            domain.aliases().forEach(alias -> domains.putIfAbsent(Vocabulary.key(alias), domain.id()));
        }
        for (Street street : reference.streets()) {
            put(streets, street.id(), street.id(), street.name().zh(), street.name().en());
        }
        for (Channel channel : reference.channels()) {
            put(channels, channel.id(), channel.id(), channel.name().zh(), channel.name().en());
        }
    }

    Map<String, String> domains() {
        return domains;
    }

    Map<String, String> streets() {
        return streets;
    }

    Map<String, String> channels() {
        return channels;
    }

    private static void put(Map<String, String> names, String id, String... words) {
        for (String word : words) {
            names.putIfAbsent(Vocabulary.key(word), id);
        }
    }
}
