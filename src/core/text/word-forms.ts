/** Word forms the stemmer alone cannot join: abbreviations, irregular inflections, number words. */
import { lines } from './thesaurus.ts';

/** Abbreviations and what they stand for; either form states the same thing. */
const ABBREVIATION_LINES = `
oop object oriented programming
sql structured query language
etl extract transform load
ide integrated development environment
cli command line interface
gui graphical user interface
api application programming interface
ml machine learning
ai artificial intelligence
os operating system
cpu central processing unit
gpu graphics processing unit
ram random access memory
db database
dbms database management system
csv comma separated values
json javascript object notation
ssh secure shell
eda exploratory data analysis
nlp natural language processing
vm virtual machine
repl read eval print loop
io input output
dl deep learning
`;

/** Irregular forms the stemmer cannot join to their base word. */
const IRREGULAR_LINES = `
index indices indexes
matrix matrices
vertex vertices
child children
write wrote written
run ran
begin began begun
choose chose chosen
take took taken
give gave given
build built
make made
hold held
keep kept
find found
send sent
know knew known
show shown
see seen
go went gone
feed fed
hide hid hidden
break broke broken
get got gotten
lose lost
mean meant
`;

/** Abbreviation → the words it stands for ("oop" → object, oriented, programming). */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  lines(ABBREVIATION_LINES).map(([abbreviation, ...expansion]) => [abbreviation!, expansion]),
);

/** Irregular form → base word ("indices" → "index"). */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  lines(IRREGULAR_LINES).flatMap(([base, ...forms]) => forms.map((f): [string, string] => [f, base!])),
);

/** Number words, so "one element" states a rubric's "1 element". */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  'zero one two three four five six seven eight nine ten'.split(' ').map((w, i): [string, string] => [w, String(i)]),
);
