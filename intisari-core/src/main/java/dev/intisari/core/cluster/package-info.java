/** Story clustering (one real-world event across outlets) and storylines (one thread across months). */
package dev.intisari.core.cluster;
