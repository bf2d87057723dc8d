//! Undo and redo of curation choices: each step (a click, "Accept all agreed", "Accept
//! all majority", "Start over", saved choices taken up) is the list of items whose choice
//! it changed, with the choice before and after, so a step is small whatever the class's
//! size and a copy of the history shares its steps.

use super::Curation;
use std::rc::Rc;

/// One item's choice changed by a step: (item, before, after).
pub type Change = (usize, Option<usize>, Option<usize>);

/// The undo and redo stacks of a curation's choices. Cheap to clone: the steps are shared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Rc<[Change]>>,
    redo: Vec<Rc<[Change]>>,
}

impl History {
    /// How many steps can be undone at most (the oldest are forgotten).
    pub const LIMIT: usize = 500;

    /// Record the step from `before` to `after` (the same curation's choices before and
    /// after an action), if it changed any choice; a new step clears what could be redone.
    /// Returns whether a step was recorded.
    pub fn record(&mut self, before: &Curation, after: &Curation) -> bool {
        let changes: Vec<Change> = (0..after.choices.len())
            .filter_map(|i| {
                let (b, a) = (before.choice(i), after.choice(i));
                (b != a).then_some((i, b, a))
            })
            .collect();
        if changes.is_empty() {
            return false;
        }
        self.undo.push(changes.into());
        if self.undo.len() > Self::LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        true
    }

    /// Undo the last step on `c`. Returns whether there was one.
    pub fn undo(&mut self, c: &mut Curation) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        set(c, step.iter().map(|&(i, b, _)| (i, b)));
        self.redo.push(step);
        true
    }

    /// Redo the last undone step on `c`. Returns whether there was one.
    pub fn redo(&mut self, c: &mut Curation) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        set(c, step.iter().map(|&(i, _, a)| (i, a)));
        self.undo.push(step);
        true
    }

    /// Whether a step can be undone.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether an undone step can be redone.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Set the choices of a step's items (an item that does not exist is passed over).
fn set(c: &mut Curation, choices: impl Iterator<Item = (usize, Option<usize>)>) {
    for (i, v) in choices {
        if let Some(slot) = c.choices.get_mut(i) {
            *slot = v;
        }
    }
}
