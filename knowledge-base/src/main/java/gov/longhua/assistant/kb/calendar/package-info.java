/** The official working-day calendar, kept as data that staff extend each year, and working-day arithmetic. */
package gov.longhua.assistant.kb.calendar;
