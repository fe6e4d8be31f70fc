import { contentWords } from '../rubric-draft/split-key-points.ts';

/**
 * Follow-up questions for the facets a labelled list item names ("**Purpose**: …", "**When to Use**: …"): what
 * an interviewer asks about that facet, in words that name none of the document's terms. Other labels ("Data
 * Lakes", "Launch Jupyter") are the point itself or a verb, and a template over them would read as a machine's.
 */
const FACET_PROBES: ReadonlyMap<string, string> = new Map([
  ['purpose', 'In a sentence, what is it, and what is it for?'],
  ['features', 'What does it offer you?'],
  ['key features', 'What does it offer you?'],
  ['when to use', 'When would you reach for it?'],
  ['use cases', 'What kinds of work would you use it for?'],
  ['examples', 'Can you give an example or two?'],
  ['format', 'What form does it come in?'],
  ['access method', 'How do you get at it?'],
  ['location', 'Where is it, physically?'],
  ['challenge', 'What makes it hard to work with?'],
  ['challenges', 'What makes it hard to work with?'],
  ['benefits', 'What do you gain from it?'],
  ['advantage', 'What is its main advantage over the alternatives?'],
  ['advantages', 'What is its main advantage over the alternatives?'],
  ['why essential', 'Why can you not do without it?'],
  ['file support', 'Which kinds of files can it read?'],
  ['flexibility', 'How much can you adjust it to what you need?'],
  ['built on', 'What does it sit on top of?'],
  ['integration', 'What does it work together with?'],
  ['complements', 'Which other tool does it work alongside?'],
  ['ecosystem', 'Which related tools grow around it?'],
  ['processing need', 'What has to happen to it before you can use it?'],
]);

/** The probe for a point found under a facet label, unless it says one of the point's own words; else undefined. */
export function draftProbe(label: string | null, pointText: string): string | undefined {
  if (label === null) return undefined;
  const probe = FACET_PROBES.get(label.toLowerCase().replace(/\s+/g, ' ').trim());
  if (probe === undefined) return undefined;
  const own = new Set(contentWords(pointText).map(stem));
  return contentWords(probe).some((w) => own.has(stem(w))) ? undefined : probe;
}

const stem = (word: string): string => word.replace(/s$/, '');
