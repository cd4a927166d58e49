package gov.longhua.assistant.channels.ws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads a parameter of the query string a client connected with ({@code ?session=…&device-key=…}). */
final class HandshakeQuery {

    private HandshakeQuery() {
    }

    /** The decoded value of the first parameter with this name; null if absent or not decodable. */
    static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }
}
