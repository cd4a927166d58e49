// Opened from a kiosk's QR code: continue the conversation the code names (?session=…).
window.LonghuaAssistant = {sessionFromUrl: true, openOnLoad: true};

