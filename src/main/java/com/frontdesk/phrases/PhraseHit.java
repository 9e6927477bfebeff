package com.frontdesk.phrases;

/** A phrase as one staff member sees it in a list: whether it is a favourite and how often they used it. */
public record PhraseHit(Phrase phrase, boolean favourite, int uses) {
}
