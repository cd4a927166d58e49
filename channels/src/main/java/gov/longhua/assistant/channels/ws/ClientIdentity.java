package gov.longhua.assistant.channels.ws;

import io.quarkus.websockets.next.HandshakeRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who holds a public connection, for counting connections: a registered device (a kiosk or robot that
 * presented its key) or else the client's address.
 *
 * @param device whether the connection presented a device key
 * @param key the address, or a digest of the device key (the key itself is never kept in logs)
 */
record ClientIdentity(boolean device, String key) {

    /** The header a device presents its key in; the query parameter {@code device-key} does the same. */
    static final String DEVICE_KEY_HEADER = "X-Device-Key";
    static final String DEVICE_KEY_PARAMETER = "device-key";

    /** The device key presented at the handshake, from the header or else the query, if any. */
    static String presentedKey(HandshakeRequest request) {
        String header = request.header(DEVICE_KEY_HEADER);
        return header != null && !header.isBlank() ? header.strip() : HandshakeQuery.parameter(request.query(), DEVICE_KEY_PARAMETER);
    }

    static ClientIdentity ofDevice(String deviceKey) {
        return new ClientIdentity(true, "device:" + digest(deviceKey));
    }

    /** The client's address, without its port; {@code unknown} if the server cannot tell. */
    static ClientIdentity ofAddress(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return new ClientIdentity(false, "unknown");
        }
        int colon = remoteAddress.lastIndexOf(':');
        return new ClientIdentity(false, colon > 0 ? remoteAddress.substring(0, colon) : remoteAddress);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
