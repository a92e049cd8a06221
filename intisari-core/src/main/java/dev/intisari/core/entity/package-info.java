/**
 * Named entities: people, organisations and places with canonical full names, within an article and
 * across articles.
 */
package dev.intisari.core.entity;
