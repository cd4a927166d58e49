package gov.longhua.assistant.channels.kiosk;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The QR code a kiosk shows on an answer: it opens the phone page ({@code /m/?session=…}) on the same
 * conversation, so a visitor can walk away with it. The code holds only the session id, which expires with
 * the conversation.
 */
@Path("/kiosk/qr.svg")
public class ContinueOnPhone {

    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int SIZE = 33;

    @GET
    @Produces("image/svg+xml")
    public String qr(@QueryParam("session") String session, @Context UriInfo uri) {
        if (session == null || !SESSION.matcher(session).matches()) {
            throw new BadRequestException("query parameter 'session' must be a session id");
        }
        String target = uri.getBaseUri().resolve("/m/?session=" + session).toString();
        try {
            BitMatrix matrix = new QRCodeWriter().encode(target, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            return svg(matrix);
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
