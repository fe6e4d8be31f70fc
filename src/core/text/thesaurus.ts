/**
 * A small general thesaurus for technical explanations: words a fair interviewer accepts for one another.
 * Written for the product (programming, data and ML vocabulary), not drawn from any graded answers.
 * Each line is one group; a word may sit in one group only.
 */
const SYNONYM_LINES = `
start begin initiate commence launch beginning
end finish terminate halt conclude termination
create make construct generate build produce instantiate creation construction
store save keep hold retain persist storage
contain include comprise
remove delete erase eliminate deletion removal
change modify alter update edit mutate modification
show display print render
find search locate detect
use utilize utilise employ usage
run execute perform execution
call invoke invocation
copy duplicate replicate clone replica
avoid prevent
allow enable permit
need require requirement
choose select pick choice selection
check verify validate confirm validation verification
combine merge
split divide partition separate
increase increment grow
decrease decrement reduce shrink
describe explain explanation description
retrieve fetch obtain
send transmit
process handle
transform convert conversion transformation turn
analyze analyse examine explore inspect investigate analysis exploration inspection
visualize visualise plot chart graph figure diagram visualization visualisation
predict forecast prediction
deploy release deployment
monitor watch track observe
connect link attach connection
repeat iterate loop repetition iteration repeatedly
occur happen
simulate emulate imitate mimic simulation emulation
specify indicate state
provide supply offer
help assist aid
understand comprehend grasp understanding
collaborate cooperate collaboration cooperation
reuse reusable reusability reusing
location place position spot
memory ram
error bug mistake fault defect
problem issue
task job chore
fast quick rapid speedy quickly rapidly faster quicker fastest quickest
big large huge
small little tiny
infinite unlimited endless unbounded infinitely indefinitely indefinite
many multiple numerous
whole entire complete full
part portion piece section segment fragment
aim goal purpose objective role
benefit advantage merit
drawback disadvantage downside
example sample
image photo picture
consistent uniform
function method procedure routine subroutine
parameter argument
attribute property field
program application software app
server host
computer pc
folder directory
command instruction
library package
tool utility
row record
company enterprise organization organisation business firm corporation
repository repo
size length
minimum smallest lowest least min
maximum largest biggest highest max
wrong incorrect invalid improper
important crucial essential critical vital necessary fundamental
simple easy straightforward
difficult hard complicated
raw unprocessed unrefined
automatic automated automatically
reproducible repeatable
central centralized centralised
structured organized organised tabular
object instance
`;

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

function lines(text: string): string[][] {
  return text.split('\n').map((l) => l.trim().split(/\s+/)).filter((words) => words[0] !== '');
}

/** Each word of a synonym group, with the other words of its group. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = lines(SYNONYM_LINES);

/** Abbreviation → the words it stands for ("oop" → object, oriented, programming). */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  lines(ABBREVIATION_LINES).map(([abbreviation, ...expansion]) => [abbreviation!, expansion]),
);

/** Irregular form → base word ("indices" → "index"). */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  lines(IRREGULAR_LINES).flatMap(([base, ...forms]) => forms.map((f): [string, string] => [f, base!])),
);

const groupOf = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const word of group) if (!groupOf.has(word)) groupOf.set(word, group);

/** The other words of the word's synonym group; none for a word the thesaurus does not know. */
export function synonymsOf(word: string): readonly string[] {
  return (groupOf.get(word) ?? []).filter((w) => w !== word);
}

/** Number words, so "one element" states a rubric's "1 element". */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  'zero one two three four five six seven eight nine ten'.split(' ').map((w, i): [string, string] => [w, String(i)]),
);
