package dev.intisari.model;

/** The three entity types of the output. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION }
