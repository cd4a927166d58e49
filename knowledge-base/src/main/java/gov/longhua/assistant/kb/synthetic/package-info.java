/** Synthetic catalogues of any size for performance tests; never part of the default knowledge base. */
package gov.longhua.assistant.kb.synthetic;
