/** Time: date expressions of the body, resolved against the publication date. */
package dev.intisari.core.time;
