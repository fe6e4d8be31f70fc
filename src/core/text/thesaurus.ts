/**
 * A small general thesaurus for technical explanations: words a fair interviewer accepts for one another.
 * Written for the product (programming, data and ML vocabulary), not drawn from any graded answers.
 * Each line is one group; a word (and its stem) may sit in one group only, and no group holds a stopword.
 */
const SYNONYM_LINES = `
start begin initiate commence launch beginning
end finish terminate halt conclude termination
create make construct generate build produce instantiate creation construction
store save hold retain persist storage
live reside sit
contain include comprise
remove delete erase eliminate deletion removal
change modify alter update edit mutate modification
show display print render
find search detect identify determine discover
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
location place position spot address
memory ram
error bug mistake fault defect exception
problem issue
task job chore
fast quick rapid speedy quickly rapidly faster quicker fastest quickest
big large huge
small little tiny
infinite unlimited endless unbounded infinitely indefinitely indefinite
multiple numerous
whole entire complete full
part portion piece section segment fragment
aim goal purpose role
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
tool
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
reproducible
central centralized centralised
structured tabular
object instance
swap exchange interchange
element item entry
variable var
define definition
compare comparison
`;

/** The words of each non-empty line of a word table. */
export function lines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((words) => words[0] !== '');
}

/** Each word of a synonym group, with the other words of its group. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = lines(SYNONYM_LINES);
