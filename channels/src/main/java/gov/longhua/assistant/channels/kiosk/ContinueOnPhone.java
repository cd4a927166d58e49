package gov.longhua.assistant.channels.kiosk;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import gov.longhua.assistant.core.conversation.ConversationStore;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The QR code a kiosk shows on an answer: it opens the phone page ({@code /m/?transfer=…}) on the same
 * conversation, so a visitor can walk away with it. The code holds a one-time transfer token
 * ({@link TransferTokens}), never the session id: a photo of the screen is worth nothing once the visitor's
 * phone has redeemed it, or after the kiosk wiped the conversation, or after {@code assistant.kiosk.transfer-ttl}.
 */
@Path("/kiosk/qr.svg")
public class ContinueOnPhone {

    static final Pattern SESSION = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int SIZE = 33;

    private final TransferTokens tokens;
    private final ConversationStore conversations;

    ContinueOnPhone(TransferTokens tokens, ConversationStore conversations) {
        this.tokens = tokens;
        this.conversations = conversations;
    }

    @GET
    @Produces("image/svg+xml")
    public Response qr(@QueryParam("session") String session, @Context UriInfo uri) {
        if (session == null || !SESSION.matcher(session).matches()) {
            throw new BadRequestException("query parameter 'session' must be a session id");
        }
        if (conversations.find(session).isEmpty()) {
            throw new NotFoundException("no conversation '" + session + "'");
        }
        String target = uri.getBaseUri().resolve("/m/?transfer=" + tokens.issue(session)).toString();
        try {
            BitMatrix matrix = new QRCodeWriter().encode(target, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            return Response.ok(svg(matrix)).header("Cache-Control", "no-store").build();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode " + target, e);
        }
    }

    private static String svg(BitMatrix matrix) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
