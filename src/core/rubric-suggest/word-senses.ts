export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

/** One meaning of a word as a lexical database lists it, with the words it relates to (spaces, not underscores). */
export interface WordSense {
  partOfSpeech: PartOfSpeech;
  /** The words of the sense, the looked-up one included, most frequent first. */
  synonyms: string[];
  /** Words of opposite meaning: never proposed as a way to say the point. */
  antonyms: string[];
  /** More general words ("tool" for "hammer"). */
  hypernyms: string[];
  /** More specific words ("hammer" for "tool"). */
  hyponyms: string[];
  gloss: string;
}

/** Looks a word or a multi-word expression up; [] when it is unknown. Senses come most frequent first. */
export interface WordSenses {
  sensesOf(lemma: string): WordSense[];
}
