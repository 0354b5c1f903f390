package org.dossier.model.fact;

/** Grammatical gender a text gives a person (an honorific, a kinship word), used to keep apart people sharing a surname. */
public enum Gender { MALE, FEMALE, UNKNOWN }
