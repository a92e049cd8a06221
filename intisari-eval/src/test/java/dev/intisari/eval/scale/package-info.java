/** How the cost of the grouping and explanation stages grows with the size of a story or a stream. */
package dev.intisari.eval.scale;
