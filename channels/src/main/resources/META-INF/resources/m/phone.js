// Opened from a kiosk's QR code: redeem its one-time token (?transfer=…) and continue that conversation.
window.LonghuaAssistant = {sessionFromUrl: true, openOnLoad: true};

