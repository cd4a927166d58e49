package gov.longhua.assistant.channels.kiosk;

import java.util.Optional;

/**
 * One-time tokens that hand a kiosk conversation to a phone: the kiosk's QR code carries a token, never the
 * session id; the phone redeems it once, within the time to live, for the session. Kept where conversations
 * are kept: in this process with the in-memory conversation store, in Redis with the Redis one.
 */
interface TransferTokens {

    /** A new token for the session (earlier ones stay valid until redeemed, revoked or expired). */
    String issue(String session);

    /** The session of a token that was issued, not redeemed yet and not expired; the token is used up. */
    Optional<String> redeem(String token);

    /** Invalidates every token of the session (the kiosk ended it). */
    void revoke(String session);
}
