/** The hall kiosk's server side: the QR code that continues a conversation on a phone. */
package gov.longhua.assistant.channels.kiosk;
