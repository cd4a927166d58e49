/** Life-cycle guides for businesses and individuals, national and Longhua's own. */
package gov.longhua.assistant.kb.guide;
