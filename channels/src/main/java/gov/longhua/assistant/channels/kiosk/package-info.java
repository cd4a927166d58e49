/**
 * The hall kiosk's server side: the QR code that continues a conversation on a phone by a one-time transfer
 * token, and ending a kiosk session when the kiosk wipes.
 */
package gov.longhua.assistant.channels.kiosk;
