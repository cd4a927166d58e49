/**
 * Learning from what residents ask: the record of each question and rating, the review queue that groups the
 * questions the assistant could not answer well, and the dashboard's figures. Plain values and arithmetic over
 * the records; storing them is the application's job.
 */
package gov.longhua.assistant.core.insight;
